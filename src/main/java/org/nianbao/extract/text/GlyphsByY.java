package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.nianbao.load.Glyph;
import org.nianbao.model.BBox;

/**
 * A page's glyphs indexed by the y of their centres: the glyphs inside a box are found by a
 * binary search on y instead of a test of every glyph of the page against every cell.
 */
final class GlyphsByY {
  private final List<Glyph> glyphs;
  /** Positions in {@link #glyphs}, by centre y. */
  private final int[] order;
  private final double[] ys;

  private GlyphsByY(List<Glyph> glyphs) {
    this.glyphs = glyphs;
    int n = glyphs.size();
    double[] centres = new double[n];
    Integer[] byY = new Integer[n];
    for (int i = 0; i < n; i++) {
      centres[i] = glyphs.get(i).centerY();
      byY[i] = i;
    }
    Arrays.sort(byY, (a, b) -> Double.compare(centres[a], centres[b]));
    order = new int[n];
    ys = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = byY[i];
      ys[i] = centres[byY[i]];
    }
  }

  static GlyphsByY of(List<Glyph> glyphs) {
    return new GlyphsByY(glyphs);
  }

  /** The glyphs whose centres the box contains, in page order (the order of the list given). */
  List<Glyph> inside(BBox box) {
    return centredWithin(box.top(), box.bottom(), g -> box.contains(g.centerX(), g.centerY()));
  }

  /**
   * The glyphs {@code keep} accepts among those whose centre y lies in [top, bottom], in page
   * order; {@code keep} must accept no glyph centred outside that range.
   */
  List<Glyph> centredWithin(double top, double bottom, Predicate<Glyph> keep) {
    int lo = 0;
    int hi = ys.length;
    while (lo < hi) { // first centre at or below the box's top
      int mid = (lo + hi) >>> 1;
      if (ys[mid] < top) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int[] hits = new int[0];
    int count = 0;
    for (int i = lo; i < ys.length && ys[i] <= bottom; i++) {
      Glyph g = glyphs.get(order[i]);
      if (keep.test(g)) {
        if (count == hits.length) {
          hits = Arrays.copyOf(hits, Math.max(8, 2 * count));
        }
        hits[count++] = order[i];
      }
    }
    Arrays.sort(hits, 0, count);
    List<Glyph> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(glyphs.get(hits[i]));
    }
    return out;
  }
}
