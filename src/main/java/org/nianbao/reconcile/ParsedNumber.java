package org.nianbao.reconcile;

/**
 * The reading of one figure cell.
 *
 * @param value the number (Long for counts, BigDecimal for money), null when unreadable
 * @param blank true when the cell was printed empty or with a lone dash, slash or 无: zero by
 *     convention of these forms
 */
record ParsedNumber(Number value, boolean blank) {

  static ParsedNumber blankZero(boolean money) {
    return new ParsedNumber(money ? java.math.BigDecimal.ZERO : (Number) 0L, true);
  }

  static ParsedNumber unreadable() {
    return new ParsedNumber(null, false);
  }

  boolean readable() {
    return value != null;
  }
}
