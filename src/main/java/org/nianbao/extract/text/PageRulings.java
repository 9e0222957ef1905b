package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.List;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.Utils;

/**
 * The page's ruling lines, joined where their ends nearly meet. Tabula's own clean-up snaps end
 * points within the smallest glyph size of the page (~8 pt), which merges the two lines of a
 * thin row (an all-blank figure row is drawn ~8 pt high) and so loses the row; drawing
 * imprecision in born-digital PDFs is far below a point.
 */
final class PageRulings {
  static final float SNAP = 2.0f;
  /** Vertical rulings ending together that make an open table edge (two are just a frame's sides). */
  static final int MIN_OPEN_ENDS = 3;

  private final List<Ruling> horizontal = new ArrayList<>();
  private final List<Ruling> vertical = new ArrayList<>();

  /** Reads the page's unprocessed rulings; call before anything asks the page for its rulings. */
  PageRulings(Page page) {
    this(page.getUnprocessedRulings());
  }

  /** From tabula's unprocessed rulings of a page (left as they are). */
  PageRulings(List<Ruling> unprocessed) {
    List<Ruling> copies = new ArrayList<>();
    for (Ruling r : unprocessed) {
      copies.add(new Ruling(r.getP1(), r.getP2())); // snapping moves end points in place
    }
    if (copies.isEmpty()) {
      return; // tabula's snapping fails on an empty list
    }
    Utils.snapPoints(copies, SNAP, SNAP);
    List<Ruling> h = new ArrayList<>();
    List<Ruling> v = new ArrayList<>();
    for (Ruling r : copies) {
      if (r.horizontal()) {
        h.add(r);
      } else if (r.vertical()) {
        v.add(r);
      }
    }
    horizontal.addAll(Ruling.collapseOrientedRulings(h));
    vertical.addAll(Ruling.collapseOrientedRulings(v));
    List<Ruling> closing = new ArrayList<>(openEnds(horizontal, vertical, true));
    closing.addAll(openEnds(horizontal, vertical, false));
    horizontal.addAll(closing);
  }

  /**
   * Lines closing a table left open at a page break: some word processors draw no border under
   * the last row before the break (or over the first row after it), so its cells would not
   * close and the row would be lost. Where at least {@link #MIN_OPEN_ENDS} vertical rulings end
   * at the same height on no horizontal ruling, a horizontal one joins their ends.
   */
  static List<Ruling> openEnds(List<Ruling> horizontal, List<Ruling> vertical, boolean bottom) {
    List<float[]> ends = new ArrayList<>();
    for (Ruling v : vertical) {
      float x = v.getLeft();
      float y = bottom ? v.getBottom() : v.getTop();
      boolean closed = false;
      for (Ruling h : horizontal) {
        if (Math.abs(h.getTop() - y) <= SNAP && h.getLeft() - SNAP <= x && x <= h.getRight() + SNAP) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        ends.add(new float[] {x, y});
      }
    }
    ends.sort((a, b) -> Float.compare(a[1], b[1]));
    List<Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < ends.size()) {
      int j = i + 1;
      while (j < ends.size() && ends.get(j)[1] - ends.get(j - 1)[1] <= SNAP) {
        j++;
      }
      if (j - i >= MIN_OPEN_ENDS) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float y = bottom ? -Float.MAX_VALUE : Float.MAX_VALUE;
        for (float[] e : ends.subList(i, j)) {
          left = Math.min(left, e[0]);
          right = Math.max(right, e[0]);
          y = bottom ? Math.max(y, e[1]) : Math.min(y, e[1]);
        }
        out.add(new Ruling(y, left, right - left, 0));
      }
      i = j;
    }
    return out;
  }

  List<Ruling> horizontal() {
    return horizontal;
  }

  List<Ruling> vertical() {
    return vertical;
  }
}
