package org.nianbao.emit;

import java.math.BigDecimal;

/**
 * One figure of one report, in the long table every spreadsheet and statistics tool reads: who
 * reported it, which template cell it is (dotted path and the printed Chinese labels), its value
 * and unit, where it came from and whether a failed check covers it.
 *
 * @param value the figure, or null when it could not be read
 * @param unit {@code 件} for counts, {@code 万元} for money
 * @param check {@code failed} when a failed arithmetic check covers the figure, {@code passed} when
 *     checks covering it all passed, empty when no check covers it
 */
public record FigureRow(
    String file,
    String organization,
    Integer year,
    String template,
    String path,
    String table,
    String rowLabel,
    String columnLabel,
    BigDecimal value,
    String unit,
    String source,
    Double confidence,
    String check) {

  /** The column names, in order, shared by every tabular writer. */
  public static final java.util.List<String> HEADER = java.util.List.of(
      "file", "organization", "year", "template", "path", "table", "row", "column", "value",
      "unit", "source", "confidence", "check");
}
