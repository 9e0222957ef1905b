package org.nianbao.narrative;

import java.util.List;
import java.util.Set;
import org.nianbao.load.TextLine;

/** Reads title, organisation, year, issue date and sections from the text outside tables. */
public interface NarrativeExtractor {
  Narrative extract(List<TextLine> linesOutsideTables);

  /**
   * As {@link #extract(List)}, told which pages were read by OCR: their text may hold misread
   * characters that an extractor can check against what it knows (place names).
   */
  default Narrative extract(List<TextLine> linesOutsideTables, Set<Integer> ocrPages) {
    return extract(linesOutsideTables);
  }
}
