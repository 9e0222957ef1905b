package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Official seals stamped over a report's signature and date. Their red ink, read as gray, joins
 * the date's glyphs into one blot that OCR cannot read. In a colour scan the seal is taken out by
 * its colour (its red channel is as bright as the paper, text is dark in every channel); in a
 * gray scan it is found as a ring of mid-gray ink and its lighter-than-text pixels inside the
 * ring are whitened.
 */
final class SealInk {
  /** Red excess (red minus the larger of green and blue) from which a pixel is seal ink. */
  static final int RED_EXCESS = 45;
  /** Weaker red excess (JPEG chroma halo, seal over a glyph's edge) taken out near a seal. */
  static final int HALO_EXCESS = 20;
  /** A seal is 38-45 mm across (an official one 42): red blobs of 0.6-2.8 in are seals. */
  static final double MIN_SEAL_INCHES = 0.6;
  static final double MAX_SEAL_INCHES = 2.8;

  private SealInk() {}

  /**
   * The colour image in 8-bit gray with the red ink of seal-shaped red areas turned to paper.
   * Red elsewhere (a red letterhead, a wide red title) keeps its gray.
   */
  static BufferedImage grayWithoutSeals(BufferedImage rgb, double ppi) {
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    int[] px = rgb.getRGB(0, 0, w, h, null, 0, w);
    byte[] gray = new byte[w * h];
    int cell = Math.max(1, (int) Math.round(ppi / 25.0)); // a grid of ~1 mm cells
    int cw = (w + cell - 1) / cell;
    int ch = (h + cell - 1) / cell;
    int[] redCount = new int[cw * ch];
    int red = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = px[y * w + x];
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        gray[y * w + x] = (byte) ((299 * r + 587 * g + 114 * b) / 1000);
        if (r - Math.max(g, b) >= RED_EXCESS) {
          redCount[(y / cell) * cw + x / cell]++;
          red++;
        }
      }
    }
    if (red > 0) {
      for (int[] box : sealBoxes(redCount, cw, ch, cell, ppi)) {
        whitenRed(px, gray, w, box);
      }
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    out.getRaster().setDataElements(0, 0, w, h, gray);
    return out;
  }

  /**
   * Boxes [x0, y0, x1, y1) in pixels of the groups of red cells a seal can be: about square and
   * of a seal's size.
   */
  static List<int[]> sealBoxes(int[] count, int cw, int ch, int cell, double ppi) {
    int minInk = Math.max(1, cell * cell / 8);
    boolean[] on = new boolean[cw * ch];
    for (int i = 0; i < on.length; i++) {
      on[i] = count[i] >= minInk;
    }
    // cells a few mm apart belong together (the ring, its star and its glyphs)
    int join = 3;
    boolean[] grown = new boolean[on.length];
    for (int y = 0; y < ch; y++) {
      for (int x = 0; x < cw; x++) {
        if (!on[y * cw + x]) {
          continue;
        }
        for (int dy = -join; dy <= join; dy++) {
          for (int dx = -join; dx <= join; dx++) {
            int yy = y + dy;
            int xx = x + dx;
            if (yy >= 0 && yy < ch && xx >= 0 && xx < cw) {
              grown[yy * cw + xx] = true;
            }
          }
        }
      }
    }
    int[] label = new int[on.length];
    List<int[]> out = new ArrayList<>();
    int next = 0;
    int[] stack = new int[on.length];
    for (int start = 0; start < on.length; start++) {
      if (!grown[start] || label[start] != 0) {
        continue;
      }
      next++;
      int sp = 0;
      stack[sp++] = start;
      label[start] = next;
      int x0 = cw;
      int y0 = ch;
      int x1 = -1;
      int y1 = -1;
      while (sp > 0) {
        int i = stack[--sp];
        int x = i % cw;
        int y = i / cw;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
        int[] nb = {i - 1, i + 1, i - cw, i + cw};
        for (int k = 0; k < 4; k++) {
          int j = nb[k];
          if (j < 0 || j >= on.length || (k == 0 && x == 0) || (k == 1 && x == cw - 1)) {
            continue;
          }
          if (grown[j] && label[j] == 0) {
            label[j] = next;
            stack[sp++] = j;
          }
        }
      }
      double wIn = (x1 - x0 + 1 - 2 * join) * cell / ppi;
      double hIn = (y1 - y0 + 1 - 2 * join) * cell / ppi;
      if (wIn >= MIN_SEAL_INCHES && hIn >= MIN_SEAL_INCHES && wIn <= MAX_SEAL_INCHES
          && hIn <= MAX_SEAL_INCHES && Math.max(wIn, hIn) <= 1.5 * Math.min(wIn, hIn)) {
        out.add(new int[] {x0 * cell, y0 * cell, (x1 + 1) * cell, (y1 + 1) * cell});
      }
    }
    return out;
  }

  /**
   * Inside the box, red pixels take their red channel, scaled so the seal's own ink reads as
   * paper: red over paper becomes white, a black glyph under the seal stays dark.
   */
  private static void whitenRed(int[] px, byte[] gray, int w, int[] box) {
    int h = gray.length / w;
    int[] reds = new int[256];
    int n = 0;
    int[] paper = new int[256];
    for (int y = box[1]; y < Math.min(h, box[3]); y++) {
      for (int x = box[0]; x < Math.min(w, box[2]); x++) {
        int p = px[y * w + x];
        int r = (p >> 16) & 0xff;
        int ex = r - Math.max((p >> 8) & 0xff, p & 0xff);
        if (ex >= RED_EXCESS) {
          reds[r]++;
          n++;
        } else if (ex < HALO_EXCESS) {
          paper[gray[y * w + x] & 0xff]++;
        }
      }
    }
    if (n == 0) {
      return;
    }
    int sealRed = percentile(reds, n, 0.5);
    int paperGray = percentile(paper, Arrays.stream(paper).sum(), 0.9);
    for (int y = box[1]; y < Math.min(h, box[3]); y++) {
      for (int x = box[0]; x < Math.min(w, box[2]); x++) {
        int p = px[y * w + x];
        int r = (p >> 16) & 0xff;
        int ex = r - Math.max((p >> 8) & 0xff, p & 0xff);
        if (ex >= HALO_EXCESS) {
          int v = Math.min(255, r * paperGray / Math.max(1, sealRed));
          gray[y * w + x] = (byte) Math.max(gray[y * w + x] & 0xff, v);
        }
      }
    }
  }

  private static int percentile(int[] hist, int total, double q) {
    int want = (int) Math.ceil(total * q);
    int seen = 0;
    for (int v = 0; v < hist.length; v++) {
      seen += hist[v];
      if (seen >= want && seen > 0) {
        return v;
      }
    }
    return 255;
  }

  /** A seal found in a gray page: centre, ring radius and ring width in pixels, ring gray. */
  record Ring(double cx, double cy, double radius, double width, int gray) {}

  /**
   * Finds seal rings in a gray page and whitens, inside each, the pixels lighter than text (the
   * ring, star and glyphs of the seal). Returns the rings found.
   */
  static List<Ring> suppressGraySeals(Mat gray, double ppi) {
    List<Ring> rings = findRings(gray, ppi);
    for (Ring r : rings) {
      // text is dark in a gray scan, the seal's red a mid gray: halfway between the seal's gray
      // and black keeps the glyphs under it and drops the seal
      int threshold = (int) Math.round(r.gray() * 0.72);
      int reach = (int) Math.ceil(r.radius() + r.width() * 1.5);
      int x0 = (int) Math.max(0, r.cx() - reach);
      int y0 = (int) Math.max(0, r.cy() - reach);
      int x1 = (int) Math.min(gray.cols(), r.cx() + reach + 1);
      int y1 = (int) Math.min(gray.rows(), r.cy() + reach + 1);
      Mat roi = gray.submat(y0, y1, x0, x1);
      Mat disk = Mat.zeros(roi.size(), CvType.CV_8UC1);
      Imgproc.circle(disk, new org.opencv.core.Point(r.cx() - x0, r.cy() - y0), reach,
          new Scalar(255), -1);
      Mat light = new Mat();
      Imgproc.threshold(roi, light, threshold, 255, Imgproc.THRESH_BINARY);
      Core.bitwise_and(light, disk, light);
      roi.setTo(new Scalar(255), light);
      OpenCv.release(light, disk, roi);
    }
    return rings;
  }

  /**
   * Rings of mid-gray ink a seal's size: mid-gray solid enough to survive an opening (text is
   * dark with thin soft edges), voted into circles, then each circle checked to be a ring
   * (mid-gray all round, little of it just outside).
   */
  static List<Ring> findRings(Mat gray, double ppi) {
    List<Ring> out = new ArrayList<>();
    int paper = paperLevel(gray);
    int lo = (int) Math.round(paper * 0.4);
    int hi = (int) Math.round(paper * 0.82);
    Mat mid = new Mat();
    Mat above = new Mat();
    Imgproc.threshold(gray, mid, hi, 255, Imgproc.THRESH_BINARY_INV);
    Imgproc.threshold(gray, above, lo, 255, Imgproc.THRESH_BINARY);
    Core.bitwise_and(mid, above, mid);
    OpenCv.release(above);
    int k = Math.max(3, (int) Math.round(ppi * 0.02)) | 1;
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(k, k));
    Imgproc.morphologyEx(mid, mid, Imgproc.MORPH_OPEN, kernel);
    OpenCv.release(kernel);
    if (Core.countNonZero(mid) < ppi * ppi * 0.05) {
      OpenCv.release(mid);
      return out;
    }
    // vote at ~50 dpi
    double f = 50.0 / ppi;
    Mat small = new Mat();
    Imgproc.resize(mid, small, new Size(Math.max(1, mid.cols() * f), Math.max(1, mid.rows() * f)),
        0, 0, Imgproc.INTER_AREA);
    Imgproc.GaussianBlur(small, small, new Size(3, 3), 0);
    Mat circles = new Mat();
    int minR = (int) Math.round(MIN_SEAL_INCHES / 2 * 50);
    int maxR = (int) Math.round(MAX_SEAL_INCHES / 2 * 50);
    Imgproc.HoughCircles(small, circles, Imgproc.HOUGH_GRADIENT, 1, minR * 2.0, 100, 18, minR,
        maxR);
    int found = circles.cols();
    float[] c = new float[3];
    for (int i = 0; i < found && i < 8; i++) {
      circles.get(0, i, c);
      Ring r = verify(mid, gray, c[0] / f, c[1] / f, c[2] / f, ppi);
      if (r != null && out.stream().noneMatch(o -> Math.hypot(o.cx() - r.cx(), o.cy() - r.cy())
          < o.radius())) {
        out.add(r);
      }
    }
    OpenCv.release(circles, small, mid);
    return out;
  }

  /**
   * The circle as a ring, its radius refined, or null: mid-gray ink around at least 60% of the
   * circle, and just outside it mostly none (a shaded area is mid-gray everywhere).
   */
  static Ring verify(Mat mid, Mat gray, double cx, double cy, double r0, double ppi) {
    int steps = 180;
    double band = Math.max(3, ppi * 0.08);
    double bestCover = 0;
    double bestR = r0;
    for (double r = r0 - band; r <= r0 + band; r += Math.max(1, ppi / 100)) {
      double cover = coverAt(mid, cx, cy, r, steps);
      if (cover > bestCover) {
        bestCover = cover;
        bestR = r;
      }
    }
    if (bestCover < 0.6) {
      return null;
    }
    // ring width: how far the cover stays high around the best radius
    double outside = coverAt(mid, cx, cy, bestR + ppi * 0.1, steps);
    if (outside > 0.25) {
      return null;
    }
    double width = 0;
    for (double d = 1; d < ppi * 0.1; d++) {
      if (coverAt(mid, cx, cy, bestR + d, steps) < bestCover * 0.5
          && coverAt(mid, cx, cy, bestR - d, steps) < bestCover * 0.5) {
        width = 2 * d;
        break;
      }
    }
    if (width == 0) {
      width = ppi * 0.1;
    }
    int[] hist = new int[256];
    int n = 0;
    byte[] v = new byte[1];
    for (int s = 0; s < steps; s++) {
      double a = 2 * Math.PI * s / steps;
      int x = (int) Math.round(cx + bestR * Math.cos(a));
      int y = (int) Math.round(cy + bestR * Math.sin(a));
      if (x >= 0 && y >= 0 && x < mid.cols() && y < mid.rows()) {
        mid.get(y, x, v);
        if (v[0] != 0) {
          gray.get(y, x, v);
          hist[v[0] & 0xff]++;
          n++;
        }
      }
    }
    return new Ring(cx, cy, bestR, width, percentile(hist, n, 0.5));
  }

  private static double coverAt(Mat mid, double cx, double cy, double r, int steps) {
    byte[] v = new byte[1];
    int hit = 0;
    for (int s = 0; s < steps; s++) {
      double a = 2 * Math.PI * s / steps;
      int x = (int) Math.round(cx + r * Math.cos(a));
      int y = (int) Math.round(cy + r * Math.sin(a));
      if (x >= 0 && y >= 0 && x < mid.cols() && y < mid.rows()) {
        mid.get(y, x, v);
        if (v[0] != 0) {
          hit++;
        }
      }
    }
    return (double) hit / steps;
  }

  /** The paper's gray: the page's median (pages are mostly paper). */
  static int paperLevel(Mat gray) {
    Mat hist = new Mat();
    Mat noMask = new Mat();
    org.opencv.core.MatOfInt channels = new org.opencv.core.MatOfInt(0);
    org.opencv.core.MatOfInt bins = new org.opencv.core.MatOfInt(256);
    org.opencv.core.MatOfFloat range = new org.opencv.core.MatOfFloat(0, 256);
    Imgproc.calcHist(List.of(gray), channels, noMask, hist, bins, range);
    float[] hf = new float[256];
    hist.get(0, 0, hf);
    OpenCv.release(hist, noMask, channels, bins, range);
    int[] h = new int[256];
    int total = 0;
    for (int i = 0; i < 256; i++) {
      h[i] = (int) hf[i];
      total += h[i];
    }
    return percentile(h, total, 0.5);
  }
}
