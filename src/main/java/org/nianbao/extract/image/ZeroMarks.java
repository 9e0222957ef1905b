package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * The zero marks a figure cell may hold instead of 0 (canonical-model.md: —, -, /, ／), told from
 * the geometry of the cell's ink rather than by OCR. The digit-whitelisted OCR reads a lone
 * slash as 1 and a dash as nothing or a doubtful '-' (a picture table read 37 slashes as 1); the
 * shapes themselves are unambiguous: a dash is one level stroke (or a row of them, ——) far
 * wider than thick, a slash one stroke whose rows each hold a single short run that moves right
 * going up. No digit has either shape: a 1 is upright (its flag leans the other way), a 7's top
 * row is a bar as wide as the glyph.
 */
final class ZeroMarks {
  private ZeroMarks() {}

  /** Thickest a dash stroke is, in inches (about 2.5 pt; a 10 pt hyphen is ~0.7 pt). */
  static final double MAX_DASH_INCHES = 0.035;
  /** Least width of a dash, in its thicknesses. */
  static final double MIN_DASH_ASPECT = 1.5;
  /** Least width of a dash's bounding box, in its heights (a blurred hyphen is 7x5). */
  static final double MIN_BLOB_ASPECT = 1.25;
  /** From this many thicknesses wide a dash is an em dash (—), below a hyphen (-). */
  static final double EM_DASH_ASPECT = 6;
  /** Least height of a slash, in inches (digits of 5 pt type are 0.05 in). */
  static final double MIN_SLASH_INCHES = 0.05;

  /**
   * "-", "—" or "/" when the cell's ink is nothing but such a mark, else null.
   *
   * @param ink the cell's ink inside its rules (255 = ink), despeckled
   */
  static String read(Mat ink, double ppi) {
    int[] st = OpenCv.componentStats(ink, 8);
    int n = st.length / 5;
    double k = ppi / 150.0;
    int minArea = (int) Math.max(3, 3 * k * k);
    List<Rect> parts = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (st[i * 5 + Imgproc.CC_STAT_AREA] >= minArea) {
        parts.add(new Rect(st[i * 5 + Imgproc.CC_STAT_LEFT], st[i * 5 + Imgproc.CC_STAT_TOP],
            st[i * 5 + Imgproc.CC_STAT_WIDTH], st[i * 5 + Imgproc.CC_STAT_HEIGHT]));
        labels.add(i);
      }
    }
    if (parts.isEmpty() || parts.size() > 3) {
      return null;
    }
    for (Rect r : parts) {
      // a remnant of a rule runs into the cell's edge; a mark stands clear of it
      if (r.x <= 0 || r.y <= 0 || r.x + r.width >= ink.cols() || r.y + r.height >= ink.rows()) {
        return null;
      }
    }
    String dash = dash(ink, parts, ppi);
    if (dash != null) {
      return dash;
    }
    if (parts.size() == 1 && slash(ink, parts.get(0), ppi)) {
      return "/";
    }
    return null;
  }

  /**
   * One level stroke, or several on one line (——), each far wider than thick. The thickness is
   * the stroke's core, the rows its ink fills nearly across: a short hyphen blurred by the scan
   * grows rounded edges a row above and below it (a 5x3 hyphen binarises to a 7x5 or 8x6 blob),
   * which its bounding box would count. The box stays lower than any digit and wider than high
   * (a dot is as high as wide).
   */
  private static String dash(Mat ink, List<Rect> parts, double ppi) {
    double maxThick = Math.max(2, MAX_DASH_INCHES * ppi);
    double lowerThanDigits = Math.max(maxThick, DigitClassifier.MIN_DIGIT_INCHES * ppi);
    int left = Integer.MAX_VALUE;
    int right = 0;
    int thick = 0;
    double mid0 = parts.get(0).y + parts.get(0).height / 2.0;
    for (Rect r : parts) {
      int core = core(ink, r);
      if (core > maxThick || r.height >= lowerThanDigits || r.width < MIN_DASH_ASPECT * core
          || r.width < MIN_BLOB_ASPECT * r.height
          || Math.abs(r.y + r.height / 2.0 - mid0) > Math.max(2, r.height)) {
        return null;
      }
      left = Math.min(left, r.x);
      right = Math.max(right, r.x + r.width);
      thick = Math.max(thick, r.height);
    }
    if (parts.size() > 1) {
      // pieces of one dash line: close together, each itself a dash
      List<Rect> sorted = new ArrayList<>(parts);
      sorted.sort(java.util.Comparator.comparingInt(r -> r.x));
      for (int i = 1; i < sorted.size(); i++) {
        Rect a = sorted.get(i - 1);
        if (sorted.get(i).x - (a.x + a.width) > Math.max(3, 2 * thick)) {
          return null;
        }
      }
    }
    return right - left >= EM_DASH_ASPECT * thick ? "—" : "-";
  }

  /** Rows of {@code r} whose ink covers at least 4/5 of its width. */
  private static int core(Mat ink, Rect r) {
    byte[] row = new byte[r.width];
    int rows = 0;
    for (int y = 0; y < r.height; y++) {
      ink.get(r.y + y, r.x, row);
      int on = 0;
      for (byte v : row) {
        on += v != 0 ? 1 : 0;
      }
      rows += 5 * on >= 4 * r.width ? 1 : 0;
    }
    return rows;
  }

  /**
   * One stroke leaning right: every row holds one run of ink, shorter than the glyph is wide,
   * whose centre never moves left going up and moves right by a good part of the width.
   */
  static boolean slash(Mat ink, Rect r, double ppi) {
    if (r.height < Math.max(8, MIN_SLASH_INCHES * ppi) || r.width < 0.2 * r.height
        || r.width > 1.2 * r.height) {
      return false;
    }
    byte[] row = new byte[r.width];
    double[] centre = new double[r.height];
    for (int y = 0; y < r.height; y++) {
      ink.get(r.y + y, r.x, row);
      int first = -1;
      int last = -1;
      int runs = 0;
      boolean in = false;
      for (int x = 0; x < r.width; x++) {
        boolean on = row[x] != 0;
        if (on && !in) {
          runs++;
          if (first < 0) {
            first = x;
          }
        }
        if (on) {
          last = x;
        }
        in = on;
      }
      if (runs != 1 || last - first + 1 > 0.6 * r.width) {
        return false;
      }
      centre[y] = (first + last) / 2.0;
    }
    // going up (y decreasing) the centre moves right: never back by more than a pixel or so
    double tol = Math.max(1.5, r.height * 0.03);
    double furthest = centre[r.height - 1];
    for (int y = r.height - 2; y >= 0; y--) {
      if (centre[y] < furthest - tol) {
        return false;
      }
      furthest = Math.max(furthest, centre[y]);
    }
    int q = Math.max(1, r.height / 4);
    double top = 0;
    double bottom = 0;
    for (int i = 0; i < q; i++) {
      top += centre[i];
      bottom += centre[r.height - 1 - i];
    }
    double shift = (top - bottom) / q;
    return shift >= 0.3 * r.width && shift >= 0.12 * r.height;
  }
}
