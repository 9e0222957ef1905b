package org.nianbao.extract.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Horizontal and vertical ruling lines of a page, as masks. Long thin kernels keep only runs
 * longer than any glyph stroke; a closing along the line then bridges breaks in faint or
 * broken scanned rules, and a small dilation absorbs slight curvature.
 */
final class RuleMasks {
  final Mat horizontal;
  final Mat vertical;
  /** Both masks, thickened: pixels to erase before reading cell text. */
  final Mat rules;

  private RuleMasks(Mat horizontal, Mat vertical, Mat rules) {
    this.horizontal = horizontal;
    this.vertical = vertical;
    this.rules = rules;
  }

  static RuleMasks of(Mat ink, double ppi) {
    // Longest CJK stroke at 10.5pt is ~0.15 in; table rows are >= ~0.2 in tall.
    int hLen = Math.max(15, (int) Math.round(ppi * 0.25));
    int vLen = Math.max(12, (int) Math.round(ppi * 0.17));
    int gap = Math.max(3, (int) Math.round(ppi * 0.06));
    Mat h = directional(ink, new Size(hLen, 1), new Size(gap, 1));
    Mat v = directional(ink, new Size(1, vLen), new Size(1, gap));
    Mat rules = new Mat();
    Core.bitwise_or(h, v, rules);
    Imgproc.dilate(rules, rules, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
    return new RuleMasks(h, v, rules);
  }

  private static Mat directional(Mat ink, Size along, Size bridge) {
    Mat out = new Mat();
    Imgproc.morphologyEx(ink, out, Imgproc.MORPH_OPEN,
        Imgproc.getStructuringElement(Imgproc.MORPH_RECT, along));
    Imgproc.morphologyEx(out, out, Imgproc.MORPH_CLOSE,
        Imgproc.getStructuringElement(Imgproc.MORPH_RECT, bridge));
    return out;
  }
}
