package org.nianbao.classify;

import java.util.List;
import org.nianbao.load.Glyph;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.PageKind;
import org.nianbao.model.Table;

/**
 * Kind from the share of the page's characters inside its tables; OCR need in the manner of
 * Apache Tika's AUTO strategy: too few mapped characters on an image-covered page, or a text
 * layer that is garbage (many unmapped glyphs, runs of private-use/control noise, or characters
 * that are neither Chinese nor Latin).
 */
public final class TextLayerPageClassifier implements PageClassifier {
  static final int MIN_CHARS = 10;
  static final double IMAGE_PAGE = 0.3;
  static final double MAX_UNMAPPED_SHARE = 0.1;
  static final double MAX_IMPLAUSIBLE_SHARE = 0.3;
  static final int NOISE_RUN = 8;
  static final double TABLE_PAGE = 0.8;
  static final double NARRATIVE_PAGE = 0.15;

  @Override
  public PageClass classify(LoadedPage page, List<Table> tablesOnPage) {
    TextLayerQuality q = TextLayerQuality.of(page);
    String ocrReason = ocrReason(page, q);
    if (ocrReason != null) {
      return new PageClass(PageKind.NARRATIVE, true, ocrReason + "; kind provisional until OCR");
    }
    if (q.mapped() == 0) {
      return new PageClass(PageKind.BLANK, false, "no text and no significant image");
    }
    double share = tableShare(page, tablesOnPage);
    String why = String.format("%.0f%% of %d characters inside tables", share * 100, q.mapped());
    if (share >= TABLE_PAGE) {
      return new PageClass(PageKind.TABLE, false, why);
    }
    if (share <= NARRATIVE_PAGE) {
      return new PageClass(PageKind.NARRATIVE, false, why);
    }
    return new PageClass(PageKind.MIXED, false, why);
  }

  /** Why the text layer cannot be trusted, or null when it is good. */
  private static String ocrReason(LoadedPage page, TextLayerQuality q) {
    if (q.mapped() < MIN_CHARS) {
      double images = page.imageCoverage();
      if (images >= IMAGE_PAGE) {
        return String.format(
            "%d characters on a page %.0f%% covered by images", q.mapped(), images * 100);
      }
    }
    if (q.total() < MIN_CHARS) {
      return null; // too little text to judge; blank or sparse
    }
    if (q.unmappedShare() > MAX_UNMAPPED_SHARE) {
      return String.format("%.0f%% of glyphs have no Unicode mapping", q.unmappedShare() * 100);
    }
    if (q.longestNoiseRun() >= NOISE_RUN) {
      return "run of " + q.longestNoiseRun() + " private-use/control/implausible characters";
    }
    if (q.implausibleShare() > MAX_IMPLAUSIBLE_SHARE) {
      return String.format(
          "%.0f%% of characters are neither Chinese nor Latin", q.implausibleShare() * 100);
    }
    return null;
  }

  private static double tableShare(LoadedPage page, List<Table> tables) {
    // Each table's cells on this page, with their union: a glyph outside the union is in none
    // of them (every glyph was tested against every cell, a third of a page's classifying).
    List<List<BBox>> cells = new java.util.ArrayList<>();
    List<BBox> bounds = new java.util.ArrayList<>();
    for (Table t : tables) {
      List<BBox> mine = new java.util.ArrayList<>();
      BBox union = null;
      for (Cell c : t.cells()) {
        BBox b = c.bbox();
        if (c.page() == page.number() && b != null) {
          mine.add(b);
          union = union == null ? b : union.union(b);
        }
      }
      if (!mine.isEmpty()) {
        cells.add(mine);
        bounds.add(finite(union) ? union : null);
      }
    }
    int inside = 0, all = 0;
    for (Glyph g : page.glyphs()) {
      if (g.unmapped()) {
        continue;
      }
      all++;
      if (inAnyCell(g.centerX(), g.centerY(), cells, bounds)) {
        inside++;
      }
    }
    return all == 0 ? 0 : inside / (double) all;
  }

  private static boolean inAnyCell(double x, double y, List<List<BBox>> cells, List<BBox> bounds) {
    for (int i = 0; i < cells.size(); i++) {
      BBox bound = bounds.get(i);
      if (bound != null && !bound.contains(x, y)) {
        continue;
      }
      for (BBox b : cells.get(i)) {
        if (b.contains(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A union without NaN bounds (a NaN corner would exclude every point). */
  private static boolean finite(BBox b) {
    return !Double.isNaN(b.left()) && !Double.isNaN(b.top()) && !Double.isNaN(b.right())
        && !Double.isNaN(b.bottom());
  }
}
