package org.nianbao.extract.image;

import org.opencv.core.Rect;

/**
 * A table's grid slots: row boundaries {@code ys} and column boundaries {@code xs} in pixels
 * (n+1 boundaries for n rows/columns) inside {@code area}.
 */
record Grid(Rect area, int[] xs, int[] ys) {
  int rows() {
    return ys.length - 1;
  }

  int columns() {
    return xs.length - 1;
  }
}
