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

  private final List<Ruling> horizontal = new ArrayList<>();
  private final List<Ruling> vertical = new ArrayList<>();

  /** Reads the page's unprocessed rulings; call before anything asks the page for its rulings. */
  PageRulings(Page page) {
    List<Ruling> copies = new ArrayList<>();
    for (Ruling r : page.getUnprocessedRulings()) {
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
  }

  List<Ruling> horizontal() {
    return horizontal;
  }

  List<Ruling> vertical() {
    return vertical;
  }
}
