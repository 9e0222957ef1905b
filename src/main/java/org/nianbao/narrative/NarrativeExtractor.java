package org.nianbao.narrative;

import java.util.List;
import org.nianbao.load.TextLine;

/** Reads title, organisation, year, issue date and sections from the text outside tables. */
public interface NarrativeExtractor {
  Narrative extract(List<TextLine> linesOutsideTables);
}
