package org.nianbao.extract.image;

import java.util.List;
import org.nianbao.model.Table;

/**
 * What one page image held.
 *
 * @param rotation clockwise rotation (0/90/180/270) applied to make the page upright
 * @param skewDegrees measured clockwise skew of the content, corrected before reading
 * @param tables ruled tables found, method "image", cell boxes in PDF points of the upright page
 * @param linesOutsideTables text lines outside the tables, top to bottom
 * @param alternatives other readings of doubtful figure cells, keyed by the cell's bbox (which
 *     survives table joining, unlike its row index)
 */
public record ImagePageResult(
    int rotation, double skewDegrees, List<Table> tables, List<OcrLine> linesOutsideTables,
    java.util.Map<org.nianbao.model.BBox, List<String>> alternatives) {
  public ImagePageResult {
    tables = List.copyOf(tables);
    linesOutsideTables = List.copyOf(linesOutsideTables);
    alternatives = java.util.Map.copyOf(alternatives);
  }
}
