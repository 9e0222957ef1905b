package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * The minus sign of a figure in a signed column (本年增/减), seen in the ink rather than in the
 * OCR text: a short thin stroke left of the digits at their middle. OCR drops such a small
 * stroke now and then and reads -8 as 8 with full confidence.
 */
final class MinusSign {
  enum Seen { NONE, CLEAR, DOUBTFUL }

  private MinusSign() {}

  /**
   * Whether the cell's ink (255 = ink, rules removed) has a dash before its digits: CLEAR when a
   * stroke of a minus sign's geometry lies there (height at most 0.25 of the digits' and at most
   * 1/1.6 of its width, width 0.3 to
   * 1.2 of a digit's, centred near the digits' middle, close before the first digit), DOUBTFUL
   * when a small mark lies there that is not clearly one.
   */
  static Seen find(Mat cellInk, double ppi) {
    int[] st = OpenCv.componentStats(cellInk, 8);
    int n = st.length / 5;
    int minArea = (int) Math.max(2, (ppi / 150.0) * (ppi / 150.0) * 2);
    int tallest = 0;
    for (int i = 1; i < n; i++) {
      if (st[i * 5 + Imgproc.CC_STAT_AREA] >= minArea) {
        tallest = Math.max(tallest, st[i * 5 + Imgproc.CC_STAT_HEIGHT]);
      }
    }
    if (tallest < 4) {
      return Seen.NONE;
    }
    // digits: the components nearly as tall as the tallest, on one line
    List<int[]> digits = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      int h = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      if (h >= 0.6 * tallest && st[i * 5 + Imgproc.CC_STAT_AREA] >= minArea) {
        digits.add(box(st, i));
      }
    }
    if (digits.isEmpty()) {
      return Seen.NONE;
    }
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int bottom = 0;
    List<Integer> widths = new ArrayList<>();
    for (int[] d : digits) {
      left = Math.min(left, d[0]);
      top = Math.min(top, d[1]);
      bottom = Math.max(bottom, d[1] + d[3]);
      widths.add(d[2]);
    }
    widths.sort(null);
    double digitW = widths.get(widths.size() / 2);
    double digitH = bottom - top;
    // a figure's digits are narrower than tall; wider tall ink is a glyph or two joined digits
    digitW = Math.min(digitW, 0.75 * digitH);
    Seen seen = Seen.NONE;
    for (int i = 1; i < n; i++) {
      int[] b = box(st, i);
      int area = st[i * 5 + Imgproc.CC_STAT_AREA];
      // the dash's box may reach a column or two under the first digit's curve
      if (b[0] >= left || b[0] + b[2] > left + 0.3 * digitW || b[3] >= 0.6 * tallest
          || area < 2) {
        continue; // not before the digits, or a digit itself
      }
      double gap = Math.max(0, left - (b[0] + b[2]));
      double mid = (b[1] + b[3] / 2.0 - top) / digitH;
      if (gap > 1.5 * digitW || mid < 0.15 || mid > 0.85) {
        continue; // too far before the figure, or a speck above or below its line
      }
      // a 1-pt stroke is ~0.15 of 10-pt digits; a coarse scan blurs it to 4 px of 18 (0.22)
      boolean thin = b[3] <= Math.max(2, 0.25 * digitH);
      boolean wide = b[2] >= 0.3 * digitW && b[2] <= 1.2 * digitW;
      boolean level = mid >= 0.3 && mid <= 0.7;
      boolean solid = area >= 0.5 * b[2] * b[3];
      if (thin && wide && level && solid && b[2] >= 1.6 * b[3]) {
        return Seen.CLEAR;
      }
      if (b[2] >= 0.2 * digitW && b[3] <= 0.35 * digitH) {
        seen = Seen.DOUBTFUL;
      }
    }
    if (seen == Seen.NONE && attachedDash(cellInk, left, top, bottom, digitH)) {
      // never clear: a thin font's 4 whose diagonal the scan lost has the same ink
      return Seen.DOUBTFUL;
    }
    return seen;
  }

  /**
   * A dash printed close enough to touch the first digit (one component with it): the ink's
   * first columns from the left hold only a thin level stroke at the digits' middle, as wide as
   * a minus sign, before the digit's full height begins.
   */
  static boolean attachedDash(Mat ink, int left, int top, int bottom, double digitH) {
    double digitW = 0.55 * digitH;
    // a 1-pt stroke blurred by the scan: 3-4 px against 17-px digits at 150 dpi
    int thinMax = (int) Math.max(3, Math.round(0.2 * digitH) + 1);
    int run = 0;
    for (int x = left; x < Math.min(ink.cols(), left + (int) Math.ceil(1.3 * digitW)); x++) {
      int first = -1;
      int last = -1;
      for (int y = top; y < bottom; y++) {
        byte[] v = new byte[1];
        ink.get(y, x, v);
        if (v[0] != 0) {
          if (first < 0) {
            first = y;
          }
          last = y;
        }
      }
      if (first < 0) {
        return false; // a gap: the dash is no part of this component
      }
      double mid = ((first + last) / 2.0 - top) / digitH;
      if (last - first + 1 <= thinMax && mid >= 0.35 && mid <= 0.65) {
        run++;
        continue;
      }
      // the digit begins: the run before it is the dash, if wide enough
      return run >= Math.max(3, 0.35 * digitW) && run <= 1.2 * digitW;
    }
    return false;
  }

  private static int[] box(int[] st, int i) {
    return new int[] {st[i * 5 + Imgproc.CC_STAT_LEFT], st[i * 5 + Imgproc.CC_STAT_TOP],
        st[i * 5 + Imgproc.CC_STAT_WIDTH], st[i * 5 + Imgproc.CC_STAT_HEIGHT]};
  }
}
