package org.nianbao.reconcile;

import java.util.List;

/**
 * Other readings of an OCR'd figure cell, offered by the OCR stage (engine alternatives,
 * re-reads at another scale or threshold). The reconciler uses them only for low-confidence or
 * unreadable cells whose checks fail, and only when the checks leave exactly one consistent
 * value (see {@link ChecksumCorrector}).
 */
@FunctionalInterface
public interface CellAlternatives {
  /** No alternatives for any cell. */
  CellAlternatives NONE = (tableId, row, column) -> List.of();

  /**
   * Alternatives for the cell at (row, column) of table {@code tableId}, as the extractor
   * delivered it (the same table id, row and column as the value's provenance); the reading
   * already in the cell need not be repeated. Never null.
   */
  List<Reading> alternatives(String tableId, int row, int column);

  /**
   * One possible reading of a cell.
   *
   * @param text the text as the engine would have read it, e.g. "8"
   * @param confidence 0..1
   */
  record Reading(String text, double confidence) {}
}
