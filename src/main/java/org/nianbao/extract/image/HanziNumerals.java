package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Reads a line of Chinese numerals glyph by glyph (二〇二三年一月十四日). chi_sim reads 〇, 一, 二, 三
 * and 十 poorly when they stand alone: they are nothing but bars, a ring and a cross, and the line
 * model merges, splits or drops them. Their shapes are unambiguous, so they are told from their
 * geometry; every other glyph (四…九, 年, 月, 日, digits) is read by Tesseract on its own.
 * Returns null when a glyph cannot be read.
 */
final class HanziNumerals {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HanziNumerals.class);
  private HanziNumerals() {}

  static String read(BufferedImage line, OcrEngine ocr) {
    OpenCv.load();
    Mat gray = OpenCv.toMat(line);
    Mat ink = new Mat();
    Imgproc.threshold(gray, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
    try {
      List<Rect> parts = components(ink);
      if (parts.isEmpty()) {
        return null;
      }
      int top = parts.stream().mapToInt(r -> r.y).min().getAsInt();
      int bottom = parts.stream().mapToInt(r -> r.y + r.height).max().getAsInt();
      double em = bottom - top;
      parts.removeIf(r -> r.width * r.height < Math.max(4, em * em * 0.004));
      StringBuilder out = new StringBuilder();
      for (List<Rect> glyph : glyphs(parts, em)) {
        String g = glyph(ink, gray, glyph, em, ocr);
        if (g == null) {
          return null;
        }
        out.append(g);
      }
      return out.toString();
    } finally {
      OpenCv.release(gray);
      OpenCv.release(ink);
    }
  }

  private static List<Rect> components(Mat ink) {
    List<Rect> out = new ArrayList<>(OpenCv.componentBoxes(ink, 8, 0));
    out.sort(java.util.Comparator.comparingInt(r -> r.x));
    return out;
  }

  /** Components grouped into glyphs: a glyph is at most about one em wide. */
  static List<List<Rect>> glyphs(List<Rect> parts, double em) {
    List<List<Rect>> out = new ArrayList<>();
    List<Rect> cur = new ArrayList<>();
    int x1 = 0;
    int x2 = 0;
    for (Rect r : parts) {
      int nx1 = Math.min(x1, r.x);
      int nx2 = Math.max(x2, r.x + r.width);
      if (!cur.isEmpty() && (r.x < x2 || (nx2 - nx1 <= 1.05 * em && r.x - x2 < 0.3 * em))) {
        cur.add(r);
        x1 = nx1;
        x2 = nx2;
      } else {
        if (!cur.isEmpty()) {
          out.add(cur);
        }
        cur = new ArrayList<>(List.of(r));
        x1 = r.x;
        x2 = r.x + r.width;
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  private static String glyph(Mat ink, Mat gray, List<Rect> parts, double em, OcrEngine ocr) {
    Rect box = GridFinder.union(parts);
    boolean bars = parts.stream().allMatch(r -> r.height <= 0.25 * em && r.width >= 0.4 * em);
    if (bars && parts.size() <= 3) {
      return String.valueOf("一二三".charAt(parts.size() - 1));
    }
    if (parts.size() == 1 && box.width >= 0.5 * em && box.height >= 0.5 * em) {
      double aspect = box.width / (double) box.height;
      Mat glyph = ink.submat(box);
      boolean ring = aspect > 0.7 && aspect < 1.4 && hasHole(glyph, em);
      boolean cross = !ring && cross(glyph);
      OpenCv.release(glyph);
      if (ring) {
        return "〇";
      }
      if (cross) {
        return "十";
      }
    }
    // the glyph alone on white: a neighbour's edge in the crop reads as an extra "1"
    String s = alone(gray, box, em, 0.4, ocr);
    LOG.trace("glyph {} em {} read {}", box, em, s);
    if (one(s)) {
      return s;
    }
    // the line model reads nothing for some glyphs alone in one frame and reads them in another
    // (日 with a narrow margin, 年 and 五 with a wide one): the other frames are tried, and a
    // glyph is taken only when every frame that reads one glyph reads the same
    String agreed = null;
    for (double margin : OTHER_MARGINS) {
      String t = alone(gray, box, em, margin, ocr);
      if (!one(t)) {
        continue;
      }
      if (agreed != null && !agreed.equals(t)) {
        return null;
      }
      agreed = t;
    }
    return agreed;
  }

  /** White margins, in ems, of the second look at a glyph the first (0.4 em) did not read. */
  private static final double[] OTHER_MARGINS = {0.2, 0.8};

  private static boolean one(String s) {
    return s.codePointCount(0, s.length()) == 1;
  }

  private static String alone(Mat gray, Rect box, double em, double margin, OcrEngine ocr) {
    int m = (int) Math.round(em * margin);
    Mat alone = new Mat();
    Mat crop = gray.submat(box);
    Core.copyMakeBorder(crop, alone, m, m, m, m, Core.BORDER_CONSTANT | Core.BORDER_ISOLATED,
        new Scalar(255));
    OpenCv.release(crop);
    String s = ocr.read(OpenCv.toImage(alone), OcrMode.DATE_LINE).text().strip();
    OpenCv.release(alone);
    return s;
  }

  /**
   * A ring: exactly one enclosed background region, filling most of the glyph (日, 月 and 四 have
   * two or more, and smaller ones).
   */
  private static boolean hasHole(Mat glyph, double em) {
    // background framed by a 1-px margin, the outside flooded away: what background is left is
    // enclosed (flood fill and labelling rather than findContours, whose Java wrapper can have
    // its temporaries finalised mid-call)
    Mat back = new Mat();
    Core.copyMakeBorder(glyph, back, 1, 1, 1, 1, Core.BORDER_CONSTANT | Core.BORDER_ISOLATED,
        new Scalar(0));
    Core.bitwise_not(back, back);
    Mat noMask = new Mat();
    Imgproc.floodFill(back, noMask, new Point(0, 0), new Scalar(0));
    int[] st = OpenCv.componentStats(back, 4);
    int n = st.length / 5;
    OpenCv.release(back, noMask);
    int holes = 0;
    int largest = 0;
    for (int i = 1; i < n; i++) {
      int area = st[i * 5 + Imgproc.CC_STAT_AREA];
      if (area >= 0.01 * em * em) {
        holes++;
        largest = Math.max(largest, area);
      }
    }
    return holes == 1 && largest >= 0.3 * glyph.rows() * glyph.cols();
  }

  /**
   * 十: a bar across the middle and a stroke down the middle that ends narrow at the bottom (七
   * ends in a hook to the right).
   */
  private static boolean cross(Mat glyph) {
    int w = glyph.cols();
    int h = glyph.rows();
    byte[] px = new byte[w * h];
    glyph.get(0, 0, px);
    // exactly one bar across (年 has several): count bands of long rows
    int bands = 0;
    boolean inBand = false;
    for (int y = 0; y < h; y++) {
      boolean longRow = run(px, w, h, y, true) >= 0.6 * w;
      bands += longRow && !inBand ? 1 : 0;
      inBand = longRow;
    }
    boolean across = bands == 1;
    boolean down = false;
    for (int x = (int) (w * 0.25); x < w * 0.75 && !down; x++) {
      down = run(px, w, h, x, false) >= 0.8 * h;
    }
    int bottomWidth = 0;
    for (int y = (int) (h * 0.88); y < h; y++) {
      int first = -1;
      int last = -1;
      for (int x = 0; x < w; x++) {
        if (px[y * w + x] != 0) {
          first = first < 0 ? x : first;
          last = x;
        }
      }
      bottomWidth = Math.max(bottomWidth, first < 0 ? 0 : last - first + 1);
    }
    return across && down && bottomWidth <= 0.25 * w;
  }

  /** Longest ink run along a row (horizontal) or a column. */
  private static int run(byte[] px, int w, int h, int at, boolean horizontal) {
    int best = 0;
    int cur = 0;
    for (int i = 0; i < (horizontal ? w : h); i++) {
      boolean on = px[horizontal ? at * w + i : i * w + at] != 0;
      cur = on ? cur + 1 : 0;
      best = Math.max(best, cur);
    }
    return best;
  }
}
