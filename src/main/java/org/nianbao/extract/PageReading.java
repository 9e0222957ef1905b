package org.nianbao.extract;

import java.util.List;
import java.util.Map;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.PageInfo;
import org.nianbao.model.Table;
import org.nianbao.model.Warning;

/**
 * What one page yielded, whether read from its text layer or from its image.
 *
 * @param warnings what went wrong on this page
 * @param alternatives other readings of doubtful cells (OCR), keyed by the cell's bbox
 */
public record PageReading(
    PageInfo info,
    List<Table> tables,
    List<TextLine> linesOutsideTables,
    List<Warning> warnings,
    Map<BBox, List<String>> alternatives) {

  public PageReading {
    tables = List.copyOf(tables);
    linesOutsideTables = List.copyOf(linesOutsideTables);
    warnings = List.copyOf(warnings);
    alternatives = Map.copyOf(alternatives);
  }

  public PageReading(PageInfo info, List<Table> tables, List<TextLine> linesOutsideTables) {
    this(info, tables, linesOutsideTables, List.of(), Map.of());
  }
}
