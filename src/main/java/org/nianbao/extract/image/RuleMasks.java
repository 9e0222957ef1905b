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

  static RuleMasks of(Mat gray, Mat ink, double ppi) {
    // Longest CJK stroke at 10.5pt is ~0.15 in; table rows are >= ~0.2 in tall.
    int hLen = Math.max(15, (int) Math.round(ppi * 0.25));
    int vLen = Math.max(12, (int) Math.round(ppi * 0.17));
    int gap = Math.max(3, (int) Math.round(ppi * 0.06));
    // Faint rules only count when long: short faint runs are as likely glyph strokes.
    int faintLen = (int) Math.round(ppi * 0.5);
    // Broken (photocopied) rules are taken only in long stretches: a table's rules run across
    // it, while a row of glyph strokes that the bridging joins stops within a cell.
    int hBrokenLen = (int) Math.round(ppi * 1.0);
    int vBrokenLen = faintLen;
    Mat vFaint = withFaintLines(gray, ink, ppi, false);
    Mat v0 = union(directional(ink, new Size(1, vLen), new Size(1, gap)),
        directional(vFaint, new Size(1, faintLen), new Size(1, gap)));
    OpenCv.release(vFaint);
    Mat vResponse = brokenResponse(gray, ppi, false);
    Mat vBroken = above(vResponse, BROKEN_LEVEL);
    v0 = union(v0, directional(vBroken, new Size(1, vBrokenLen), new Size(1, gap)));
    OpenCv.release(vBroken);
    Mat hFaint = withFaintLines(gray, ink, ppi, true);
    Mat h0 = union(directional(ink, new Size(hLen, 1), new Size(gap, 1)),
        directional(hFaint, new Size(faintLen, 1), new Size(gap, 1)));
    OpenCv.release(hFaint);
    Mat hResponse = brokenResponse(gray, ppi, true);
    Mat hBroken = above(hResponse, BROKEN_LEVEL);
    Mat hb = directional(hBroken, new Size(hBrokenLen, 1), new Size(gap, 1));
    OpenCv.release(hBroken);
    // Under heavy noise the bottoms of a row of glyphs average into a line as continuous as a
    // photocopied rule; such a line stays inside its cell, while a table's rule meets or crosses
    // the table's verticals (or runs on for inches, a table without verticals).
    int crossReach = Math.max(3, (int) Math.round(ppi * 0.06));
    h0 = union(h0, crossing(hb, v0, crossReach, (int) Math.round(ppi * 3.0), true));
    OpenCv.release(hb);
    // A glyph stroke floats inside a cell; a rule meets another rule at one of its ends.
    int reach = Math.max(3, (int) Math.round(ppi * 0.04));
    int level = brokenLevel(grain(gray, ink));
    if (level < BROKEN_LEVEL) {
      // Clean paper: rules paler than the broken-rule level are looked for too, but a pale run
      // counts only cell edge by cell edge, each edge ending on a rule at both ends; a pale
      // run's dangling end (a glyph stroke or shading continuing a rule into a merged cell)
      // would otherwise split that cell.
      Mat vPale = paleLines(vResponse, level, new Size(1, vBrokenLen), new Size(1, gap));
      Mat hPale = paleLines(hResponse, level, new Size(hBrokenLen, 1), new Size(gap, 1));
      Mat vAny = new Mat();
      Core.bitwise_or(v0, vPale, vAny);
      Mat hAny = new Mat();
      Core.bitwise_or(h0, hPale, hAny);
      Mat hEdges = framedEdges(hPale, vAny, hResponse, darkness(hResponse, h0), reach, true);
      Mat vEdges = framedEdges(vPale, hAny, vResponse, darkness(vResponse, v0), reach, false);
      h0 = union(h0, hEdges);
      v0 = union(v0, vEdges);
      OpenCv.release(vPale, hPale, vAny, hAny);
    }
    OpenCv.release(vResponse, hResponse);
    Mat h = anchored(h0, v0, reach, (int) Math.round(ppi * 1.0), true);
    Mat v = anchored(v0, h0, reach, (int) Math.round(ppi * 0.6), false);
    OpenCv.release(h0, v0);
    Mat rules = new Mat();
    Core.bitwise_or(h, v, rules);
    morph(rules, rules, Imgproc.MORPH_DILATE, new Size(3, 3));
    return new RuleMasks(h, v, rules);
  }

  /**
   * Keeps the components of {@code mask} that are at least {@code longEnough} long or that meet
   * or cross a line of {@code other} (within {@code reach}) anywhere along their length.
   */
  private static Mat crossing(Mat mask, Mat other, int reach, int longEnough,
      boolean horizontal) {
    Mat near = new Mat();
    morph(other, near, Imgproc.MORPH_DILATE, new Size(2 * reach + 1, 2 * reach + 1));
    OpenCv.Labels components = OpenCv.label(mask, 8);
    Mat labels = components.image();
    int[] st = components.stats();
    int n = st.length / 5;
    Mat out = Mat.zeros(mask.size(), mask.type());
    Mat same = new Mat();
    Mat hit = new Mat();
    for (int i = 1; i < n; i++) {
      org.opencv.core.Rect box = components.box(i);
      Mat labelsIn = labels.submat(box);
      Core.compare(labelsIn, new org.opencv.core.Scalar(i), same, Core.CMP_EQ);
      boolean keep = (horizontal ? box.width : box.height) >= longEnough;
      if (!keep) {
        Mat nearIn = near.submat(box);
        Core.bitwise_and(nearIn, same, hit);
        keep = Core.countNonZero(hit) > 0;
        OpenCv.release(nearIn);
      }
      if (keep) {
        Mat outIn = out.submat(box);
        outIn.setTo(new org.opencv.core.Scalar(255), same);
        OpenCv.release(outIn);
      }
      OpenCv.release(labelsIn);
    }
    OpenCv.release(same, hit, near);
    components.close();
    return out;
  }

  /**
   * The parts of {@code mask} that run from a line of {@code other} to another: the mask is cut
   * where it meets or crosses {@code other} (within {@code reach}); a piece is kept when both
   * its ends lie on such a line (a cell edge between two rules), and the kept pieces are joined
   * again across the lines they were cut at.
   */
  static Mat framedEdges(Mat mask, Mat other, Mat response, double ruleDarkness, int reach,
      boolean horizontal) {
    Mat near = new Mat();
    morph(other, near, Imgproc.MORPH_DILATE, new Size(2 * reach + 1, 2 * reach + 1));
    Mat pieces = new Mat();
    Core.subtract(mask, near, pieces);
    OpenCv.Labels components = OpenCv.label(pieces, 8);
    Mat labels = components.image();
    int[] st = components.stats();
    int n = st.length / 5;
    Mat kept = Mat.zeros(mask.size(), mask.type());
    Mat same = new Mat();
    for (int i = 1; i < n; i++) {
      org.opencv.core.Rect box = components.box(i);
      if (!(onLine(near, box, horizontal, true) && onLine(near, box, horizontal, false))) {
        continue;
      }
      Mat labelsIn = labels.submat(box);
      Core.compare(labelsIn, new org.opencv.core.Scalar(i), same, Core.CMP_EQ);
      Mat responseIn = response.submat(box);
      double dark = Core.mean(responseIn, same).val[0];
      if (dark >= PALE_SHARE * ruleDarkness) {
        Mat keptIn = kept.submat(box);
        keptIn.setTo(new org.opencv.core.Scalar(255), same);
        OpenCv.release(keptIn);
      }
      OpenCv.release(labelsIn, responseIn);
    }
    // across the cut: the mask's own pixels next to a kept piece, no further than the cut
    int across = 2 * reach + 3;
    morph(kept, kept, Imgproc.MORPH_DILATE,
        horizontal ? new Size(2 * across + 1, 1) : new Size(1, 2 * across + 1));
    Core.bitwise_and(kept, mask, kept);
    OpenCv.release(same, near, pieces);
    components.close();
    return kept;
  }

  /**
   * The share of the page's rule darkness (the median of the rules found at the full level) a
   * pale edge needs: a table's rules are printed with one ink, so where they are dark, a far
   * paler run continuing one into a merged cell is blur or JPEG ringing of that rule (on a
   * plain scan such runs reach 0.4 of it, the rules themselves 0.7), while on a photocopy the
   * rules found are as pale as the rest.
   */
  static final double PALE_SHARE = 0.45;

  /** Median line response over the rules already found ({@code rules}), 0 if there are none. */
  private static double darkness(Mat response, Mat rules) {
    Mat strong = above(response, BROKEN_LEVEL);
    Core.bitwise_and(strong, rules, strong);
    Mat hist = new Mat();
    Imgproc.calcHist(java.util.List.of(response), new org.opencv.core.MatOfInt(0), strong, hist,
        new org.opencv.core.MatOfInt(256), new org.opencv.core.MatOfFloat(0, 256));
    float[] counts = new float[256];
    hist.get(0, 0, counts);
    OpenCv.release(strong, hist);
    double total = 0;
    for (float c : counts) {
      total += c;
    }
    double seen = 0;
    for (int v = 0; v < 256; v++) {
      seen += counts[v];
      if (seen >= total / 2 && total > 0) {
        return v;
      }
    }
    return 0;
  }

  /** Pixels whose response is above {@code level}. */
  private static Mat above(Mat response, int level) {
    Mat out = new Mat();
    Imgproc.threshold(response, out, level, 255, Imgproc.THRESH_BINARY);
    return out;
  }

  private static Mat paleLines(Mat response, int level, Size along, Size bridge) {
    Mat pale = above(response, level);
    Mat out = directional(pale, along, bridge);
    OpenCv.release(pale);
    return out;
  }

  /** Whether the pixels just past one end of {@code box} (along the line) touch {@code near}. */
  private static boolean onLine(Mat near, org.opencv.core.Rect box, boolean horizontal,
      boolean start) {
    int edge = 2;
    org.opencv.core.Rect past = horizontal
        ? new org.opencv.core.Rect(start ? box.x - edge : box.x + box.width, box.y, edge,
            box.height)
        : new org.opencv.core.Rect(box.x, start ? box.y - edge : box.y + box.height, box.width,
            edge);
    int x1 = Math.max(0, past.x);
    int y1 = Math.max(0, past.y);
    int x2 = Math.min(near.cols(), past.x + past.width);
    int y2 = Math.min(near.rows(), past.y + past.height);
    if (x2 <= x1 || y2 <= y1) {
      return false;
    }
    Mat at = near.submat(new org.opencv.core.Rect(x1, y1, x2 - x1, y2 - y1));
    boolean hit = Core.countNonZero(at) > 0;
    OpenCv.release(at);
    return hit;
  }

  /**
   * Keeps the components of {@code mask} that are long (at least {@code longEnough}) or that
   * have the other direction's rules within {@code reach} of one of their ends.
   */
  private static Mat anchored(Mat mask, Mat other, int reach, int longEnough,
      boolean horizontal) {
    Mat near = new Mat();
    morph(other, near, Imgproc.MORPH_DILATE, new Size(2 * reach + 1, 2 * reach + 1));
    OpenCv.Labels components = OpenCv.label(mask, 8);
    Mat labels = components.image();
    int[] st = components.stats();
    int n = st.length / 5;
    boolean[] keep = new boolean[n];
    for (int i = 1; i < n; i++) {
      int x = st[i * 5 + Imgproc.CC_STAT_LEFT];
      int y = st[i * 5 + Imgproc.CC_STAT_TOP];
      int w = st[i * 5 + Imgproc.CC_STAT_WIDTH];
      int hgt = st[i * 5 + Imgproc.CC_STAT_HEIGHT];
      if ((horizontal ? w : hgt) >= longEnough) {
        keep[i] = true;
        continue;
      }
      org.opencv.core.Rect start = horizontal
          ? new org.opencv.core.Rect(x, y, Math.min(w, reach), hgt)
          : new org.opencv.core.Rect(x, y, w, Math.min(hgt, reach));
      org.opencv.core.Rect end = horizontal
          ? new org.opencv.core.Rect(x + w - Math.min(w, reach), y, Math.min(w, reach), hgt)
          : new org.opencv.core.Rect(x, y + hgt - Math.min(hgt, reach), w, Math.min(hgt, reach));
      Mat atStart = near.submat(start);
      Mat atEnd = near.submat(end);
      keep[i] = Core.countNonZero(atStart) > 0 || Core.countNonZero(atEnd) > 0;
      OpenCv.release(atStart, atEnd);
    }
    // kept components are few (the rules); paint each through its own box rather than
    // relabelling every pixel of the page in Java
    Mat out = Mat.zeros(mask.size(), mask.type());
    Mat same = new Mat();
    for (int i = 1; i < n; i++) {
      if (keep[i]) {
        org.opencv.core.Rect box = components.box(i);
        Mat labelsIn = labels.submat(box);
        Mat outIn = out.submat(box);
        Core.compare(labelsIn, new org.opencv.core.Scalar(i), same, Core.CMP_EQ);
        outIn.setTo(new org.opencv.core.Scalar(255), same);
        OpenCv.release(labelsIn, outIn);
      }
    }
    OpenCv.release(same);
    OpenCv.release(near);
    components.close();
    return out;
  }

  /**
   * Adds faint rules to the ink mask: averaging the darkness along the line direction keeps a
   * thin light rule's contrast while scan noise averages out (a matched filter), so rules too
   * pale or too broken for the local threshold still show up.
   */
  private static Mat withFaintLines(Mat gray, Mat ink, double ppi, boolean horizontal) {
    int k = Math.max(5, (int) Math.round(ppi * 0.04)); // shorter than the gap between glyphs
    Mat inv = new Mat();
    Core.bitwise_not(gray, inv);
    // A 1-px rule printed pale and softened by the scan keeps only ~25-45 levels of contrast
    // where it runs under text (there the local threshold of the ink mask loses it); noise is
    // averaged down by the blur along the line, and the long opening after this drops strokes.
    Mat faint = thinAlong(inv, ppi, k, horizontal, 20);
    Core.bitwise_or(faint, ink, faint);
    OpenCv.release(inv);
    return faint;
  }

  /**
   * Rules of a photocopy: paler still and broken by toner drop-outs every few pixels. Averaged
   * over a longer stretch a rule keeps its darkness where speckle does not, and the stretch
   * bridges its gaps: with the long opening after this, a rule is taken on its continuity, not
   * its darkness. This is how far each pixel stands out as such a line, to be thresholded.
   */
  private static Mat brokenResponse(Mat gray, double ppi, boolean horizontal) {
    Mat inv = new Mat();
    Core.bitwise_not(gray, inv);
    int k = Math.max(7, (int) Math.round(ppi * 0.06));
    Mat out = thinResponse(inv, ppi, k, horizontal);
    OpenCv.release(inv);
    return out;
  }

  /** Darkness above its surroundings a broken rule needs on grainy paper. */
  static final int BROKEN_LEVEL = 12;

  /**
   * Level for pale rules: the full broken-rule level on grainy paper, down to half of it where
   * the paper is clean (a photocopy's white is often clipped to 255): there a rule 6-12 levels
   * below the paper stands out of the paper as clearly as a darker one out of grain.
   */
  static int brokenLevel(double grain) {
    return (int) Math.round(Math.min(BROKEN_LEVEL, BROKEN_LEVEL / 2.0 + 2 * grain));
  }

  /**
   * The paper's grain: mean absolute difference of the page from its 5x5 median, over paper
   * (pixels away from the ink mask). JPEG and sensor noise, or toner dust, raise it (a grainy
   * scan 3-4 levels); a clean or clipped white stays below 1.
   */
  static double grain(Mat gray, Mat ink) {
    Mat near = new Mat();
    morph(ink, near, Imgproc.MORPH_DILATE, new Size(5, 5));
    Mat paper = new Mat();
    Core.bitwise_not(near, paper);
    Mat median = new Mat();
    Imgproc.medianBlur(gray, median, 5);
    Mat diff = new Mat();
    Core.absdiff(gray, median, diff);
    double g = Core.countNonZero(paper) > 0 ? Core.mean(diff, paper).val[0] : 0;
    OpenCv.release(near, paper, median, diff);
    return g;
  }

  /**
   * Thin lines along the direction: the darkness averaged over {@code k} pixels along it, less
   * its opening across (a top-hat: keeps what is thin across, a rule; drops thick strips, a row
   * of text smeared along the line), thresholded at {@code level}.
   */
  private static Mat thinAlong(Mat inv, double ppi, int k, boolean horizontal, int level) {
    Mat response = thinResponse(inv, ppi, k, horizontal);
    Mat out = new Mat();
    Imgproc.threshold(response, out, level, 255, Imgproc.THRESH_BINARY);
    OpenCv.release(response);
    return out;
  }

  private static Mat thinResponse(Mat inv, double ppi, int k, boolean horizontal) {
    Mat along = new Mat();
    Imgproc.blur(inv, along, horizontal ? new Size(k, 1) : new Size(1, k));
    int t = Math.max(5, (int) Math.round(ppi * 0.05)) | 1;
    Mat background = new Mat();
    morph(along, background, Imgproc.MORPH_OPEN, horizontal ? new Size(1, t) : new Size(t, 1));
    Mat response = new Mat();
    Core.subtract(along, background, response);
    OpenCv.release(along, background);
    return response;
  }

  private static Mat union(Mat a, Mat b) {
    Core.bitwise_or(a, b, a);
    OpenCv.release(b);
    return a;
  }

  private static Mat directional(Mat ink, Size along, Size bridge) {
    Mat out = new Mat();
    morph(ink, out, Imgproc.MORPH_OPEN, along);
    morph(out, out, Imgproc.MORPH_CLOSE, bridge);
    return out;
  }

  /** A morphology operation with a rectangular kernel of the given size. */
  private static void morph(Mat src, Mat dst, int op, Size kernelSize) {
    Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, kernelSize);
    Imgproc.morphologyEx(src, dst, op, kernel);
    OpenCv.release(kernel);
  }
}
