package org.nianbao.extract.text;

/**
 * The common column grid of two pieces of one table (above and below a page break): the union
 * of their column boundaries, and where each piece's boundaries land in it. Pieces are
 * compatible when their left edges agree and one boundary set is a subset of the other: a
 * merged cell hides the boundaries under it (the note cell over the label columns of a header),
 * so a piece may lack boundaries the other has, but never has boundaries of its own on both
 * sides. Boundaries agree within a tolerance because writers re-balance widths per page.
 */
final class ColumnUnion {
  /** LibreOffice shifts boundaries by up to ~6 pt from one page to the next. */
  static final double MAX_SHIFT = 7.0;
  /** Never match a boundary to one further than this share of the narrowest column. */
  private static final double MAX_SHARE_OF_NARROWEST = 0.4;

  private final int[] upperIndex;
  private final int[] lowerIndex;
  private final int size;

  private ColumnUnion(int[] upperIndex, int[] lowerIndex, int size) {
    this.upperIndex = upperIndex;
    this.lowerIndex = lowerIndex;
    this.size = size;
  }

  /**
   * The union of the sorted boundary positions {@code upper} and {@code lower}, or null when
   * the pieces are not compatible (see class comment).
   */
  static ColumnUnion of(double[] upper, double[] lower) {
    if (upper.length < 2 || lower.length < 2) {
      return null;
    }
    double tolerance =
        Math.min(MAX_SHIFT, MAX_SHARE_OF_NARROWEST * Math.min(narrowest(upper), narrowest(lower)));
    int[] u = new int[upper.length];
    int[] l = new int[lower.length];
    int i = 0;
    int j = 0;
    int k = 0;
    int unmatchedUpper = 0;
    int unmatchedLower = 0;
    while (i < upper.length || j < lower.length) {
      if (i < upper.length && j < lower.length && Math.abs(upper[i] - lower[j]) <= tolerance) {
        u[i++] = k;
        l[j++] = k;
      } else if (j >= lower.length || (i < upper.length && upper[i] < lower[j])) {
        u[i++] = k;
        unmatchedUpper++;
      } else {
        l[j++] = k;
        unmatchedLower++;
      }
      k++;
    }
    boolean leftEdgesAgree = u[0] == 0 && l[0] == 0;
    if (!leftEdgesAgree || (unmatchedUpper > 0 && unmatchedLower > 0)) {
      return null;
    }
    return new ColumnUnion(u, l, k);
  }

  /**
   * The union of two pieces' boundaries whose outer edges agree, whatever their inner
   * boundaries: for tables whose columns come from text alignment, where a piece without some
   * column's figures has boundaries of its own in other places. Null when the edges differ.
   */
  static ColumnUnion ofOuterEdges(double[] upper, double[] lower) {
    if (upper.length < 2 || lower.length < 2
        || Math.abs(upper[0] - lower[0]) > MAX_SHIFT
        || Math.abs(upper[upper.length - 1] - lower[lower.length - 1]) > MAX_SHIFT) {
      return null;
    }
    double tolerance = 4.0;
    int[] u = new int[upper.length];
    int[] l = new int[lower.length];
    int i = 1;
    int j = 1;
    int k = 1; // the left edges share boundary 0
    while (i < upper.length - 1 || j < lower.length - 1) {
      boolean hasU = i < upper.length - 1;
      boolean hasL = j < lower.length - 1;
      if (hasU && hasL && Math.abs(upper[i] - lower[j]) <= tolerance) {
        u[i++] = k;
        l[j++] = k;
      } else if (!hasL || (hasU && upper[i] < lower[j])) {
        u[i++] = k;
      } else {
        l[j++] = k;
      }
      k++;
    }
    u[upper.length - 1] = k;
    l[lower.length - 1] = k;
    return new ColumnUnion(u, l, k + 1);
  }

  /** Columns of the union grid. */
  int columnCount() {
    return size - 1;
  }

  /** Union boundary index of the upper piece's boundary {@code i}. */
  int upper(int i) {
    return upperIndex[i];
  }

  /** Union boundary index of the lower piece's boundary {@code i}. */
  int lower(int i) {
    return lowerIndex[i];
  }

  private static double narrowest(double[] xs) {
    double min = Double.MAX_VALUE;
    for (int i = 1; i < xs.length; i++) {
      min = Math.min(min, xs[i] - xs[i - 1]);
    }
    return min;
  }
}
