package org.nianbao.extract.image;

import org.opencv.core.Rect;

/**
 * A table's grid slots: row boundaries {@code ys} and column boundaries {@code xs} in pixels
 * (n+1 boundaries for n rows/columns) inside {@code area}. {@code stacked}: the area is a stack
 * of horizontal rules that no vertical rule joins (a table ruled only horizontally, or lines
 * that are no table at all), kept only if the text between them shows columns.
 */
record Grid(Rect area, int[] xs, int[] ys, boolean stacked) {
  Grid(Rect area, int[] xs, int[] ys) {
    this(area, xs, ys, false);
  }

  int rows() {
    return ys.length - 1;
  }

  int columns() {
    return xs.length - 1;
  }
}
