package org.nianbao.extract.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfFloat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.ml.ANN_MLP;
import org.opencv.objdetect.HOGDescriptor;

/**
 * Reads a figure cell of plain digits from its ink without OCR: the ink is cut into glyphs
 * (connected components, pieces of one glyph stacked above each other joined) and each glyph is
 * classified by a small network on HOG features among the ten digits and "other" (CJK glyphs
 * and their pieces, units, signs, brackets). The network is trained on glyphs rendered from the
 * corpus fonts and common office fonts, degraded as scans are, and binarised and cut by this
 * very code (scripts/train-digits; models/digits/README.md has its held-out accuracy).
 *
 * <p>A cell is read only when the cut is clean (one line of digit-height glyphs, evenly set,
 * no dot, comma, sign or unit) and every glyph is sure; anything else is left to OCR.
 */
final class DigitClassifier {
  /** Classes of the network's outputs: the digits, then "other". */
  static final int CLASSES = 11;
  static final int OTHER = 10;
  /** Glyph canvas the HOG features are computed on: width × height. */
  static final int W = 24;
  static final int H = 32;
  /** Resource of the trained network (models/digits in the source tree). */
  static final String MODEL = "/org/nianbao/models/digits/digits-mlp.yml.gz";

  /**
   * Output from which a glyph counts as read, and the least lead over the runner-up: on the
   * held-out rendered set no glyph passing both was misread (models/digits/README.md).
   */
  static final double SURE_OUTPUT = 0.9;
  static final double SURE_MARGIN = 1.2;
  /** Lead over the runner-up below which the runner-up is offered as an alternative. */
  static final double ALTERNATIVE_MARGIN = 1.6;
  /** Confidence of a figure the classifier read surely: above the flag threshold. */
  static final double CONFIDENCE = 0.95;
  /** Most glyphs a read cell may have (figures of the tables are short). */
  static final int MAX_GLYPHS = 7;

  /** One cut glyph: its box in the cell's ink. */
  record Glyph(Rect box) {}

  /**
   * The glyphs of one line of ink, left to right, and whether the cut is clean enough to read
   * a figure from: all glyphs of digit height and width, on one baseline, evenly spaced.
   */
  record Cut(List<Glyph> glyphs, boolean clean) {}

  /** What the classifier made of a cell: its digits, whether sure, other readings. */
  record Result(String text, boolean sure, List<String> alternatives) {}

  private static volatile ANN_MLP net;
  private static volatile boolean unavailable;
  private static final ThreadLocal<HOGDescriptor> HOG = ThreadLocal.withInitial(
      () -> new HOGDescriptor(new Size(W, H), new Size(12, 16), new Size(6, 8), new Size(6, 8),
          9));

  private DigitClassifier() {}

  /** Whether the trained network is shipped and loads. */
  static boolean available() {
    return network() != null;
  }

  private static ANN_MLP network() {
    ANN_MLP n = net;
    if (n != null || unavailable) {
      return n;
    }
    synchronized (DigitClassifier.class) {
      if (net == null && !unavailable) {
        OpenCv.load();
        try (InputStream in = DigitClassifier.class.getResourceAsStream(MODEL)) {
          if (in == null) {
            unavailable = true;
            return null;
          }
          // OpenCV loads models from files only
          Path tmp = Files.createTempFile("nianbao-digits", ".yml.gz");
          try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            net = ANN_MLP.load(tmp.toString());
          } finally {
            Files.deleteIfExists(tmp);
          }
        } catch (IOException | RuntimeException e) {
          unavailable = true;
        }
      }
      return net;
    }
  }

  /** Uses a network given by the trainer (tests and training only). */
  static void use(ANN_MLP trained) {
    net = trained;
    unavailable = trained == null;
  }

  /**
   * Reads the digits of a figure cell's ink, or null when the ink is not a clean line of
   * digit glyphs or the network is not shipped.
   *
   * @param ink the cell's ink mask (255 = ink), despeckled
   * @param box the text's box in that mask ({@link Ink#box})
   */
  static Result read(Mat ink, Rect box, double ppi) {
    ANN_MLP n = network();
    if (n == null) {
      return null;
    }
    Cut cut = cut(ink, box, ppi);
    if (!cut.clean()) {
      return null;
    }
    List<Glyph> glyphs = cut.glyphs();
    Mat samples = new Mat(glyphs.size(), features(), CvType.CV_32F);
    for (int i = 0; i < glyphs.size(); i++) {
      Mat g = ink.submat(glyphs.get(i).box());
      float[] f = features(g);
      OpenCv.release(g);
      samples.put(i, 0, f);
    }
    Mat out = new Mat();
    n.predict(samples, out, 0);
    float[] o = new float[glyphs.size() * CLASSES];
    out.get(0, 0, o);
    OpenCv.release(samples, out);
    StringBuilder text = new StringBuilder();
    boolean sure = true;
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      int best = -1;
      int second = -1;
      for (int c = 0; c < CLASSES; c++) {
        float v = o[i * CLASSES + c];
        if (best < 0 || v > o[i * CLASSES + best]) {
          second = best;
          best = c;
        } else if (second < 0 || v > o[i * CLASSES + second]) {
          second = c;
        }
      }
      double top = o[i * CLASSES + best];
      double lead = top - o[i * CLASSES + second];
      if (best == OTHER) {
        return null; // a glyph that is no digit: words, a unit, a sign
      }
      text.append((char) ('0' + best));
      sure &= top >= SURE_OUTPUT && lead >= SURE_MARGIN;
      if (second != OTHER && lead < ALTERNATIVE_MARGIN) {
        alternatives.add(i + ":" + second);
      }
    }
    String t = text.toString();
    if (t.length() > 1 && t.charAt(0) == '0') {
      return null; // no figure starts with 0: a misread or a cut gone wrong
    }
    List<String> alts = new ArrayList<>();
    for (String a : alternatives) {
      int at = Integer.parseInt(a.substring(0, a.indexOf(':')));
      String alt = t.substring(0, at) + a.substring(a.indexOf(':') + 1) + t.substring(at + 1);
      if (alt.length() == 1 || alt.charAt(0) != '0') {
        alts.add(alt);
      }
    }
    return new Result(t, sure, alts);
  }

  /** Length of a glyph's feature vector. */
  static int features() {
    return (int) HOG.get().getDescriptorSize() + 2;
  }

  /**
   * The features of one glyph: HOG of its ink scaled to the canvas's height (aspect kept, so a
   * 1 stays narrow), plus its aspect and ink density.
   *
   * @param glyph the ink mask cropped to the glyph's box
   */
  static float[] features(Mat glyph) {
    double f = (double) H / glyph.rows();
    int w = (int) Math.max(1, Math.min(W, Math.round(glyph.cols() * f)));
    Mat scaled = new Mat();
    Imgproc.resize(glyph, scaled, new Size(w, H), 0, 0, Imgproc.INTER_AREA);
    Mat canvas = Mat.zeros(H, W, CvType.CV_8UC1);
    int x = (W - w) / 2;
    Mat dst = canvas.submat(0, H, x, x + w);
    scaled.copyTo(dst);
    MatOfFloat d = new MatOfFloat();
    HOG.get().compute(canvas, d);
    float[] hog = d.toArray();
    float[] out = new float[hog.length + 2];
    System.arraycopy(hog, 0, out, 0, hog.length);
    out[hog.length] = (float) glyph.cols() / glyph.rows();
    out[hog.length + 1] = (float) (org.opencv.core.Core.countNonZero(glyph)
        / (double) (glyph.rows() * glyph.cols()));
    OpenCv.release(scaled, canvas, dst, d);
    return out;
  }

  /**
   * Cuts the ink inside {@code box} into glyphs: connected components, those overlapping in x
   * by half the narrower one joined (a glyph broken by a thin stroke). Clean when there are one
   * to {@link #MAX_GLYPHS} glyphs, each about as tall as the tallest, aligned top and bottom,
   * narrower than tall, with no wide gap between them; a dot, comma, dash or wide glyph (CJK,
   * %) makes the cut unclean, and so does a speck between two glyphs (a faint decimal point). The glyphs are always returned (the trainer labels them all).
   */
  static Cut cut(Mat ink, Rect box, double ppi) {
    Mat region = ink.submat(box);
    int[] st = OpenCv.componentStats(region, 8);
    OpenCv.release(region);
    int n = st.length / 5;
    double k = ppi / 150.0;
    int minArea = (int) Math.max(3, 4 * k * k);
    List<int[]> parts = new ArrayList<>(); // x1, y1, x2, y2
    List<int[]> dots = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (st[i * 5 + Imgproc.CC_STAT_AREA] < minArea) {
        if (st[i * 5 + Imgproc.CC_STAT_AREA] >= Math.max(2, minArea / 3)) {
          dots.add(new int[] {st[i * 5 + Imgproc.CC_STAT_LEFT],
              st[i * 5 + Imgproc.CC_STAT_LEFT] + st[i * 5 + Imgproc.CC_STAT_WIDTH]});
        }
        continue;
      }
      int x = st[i * 5 + Imgproc.CC_STAT_LEFT];
      int y = st[i * 5 + Imgproc.CC_STAT_TOP];
      parts.add(new int[] {x, y, x + st[i * 5 + Imgproc.CC_STAT_WIDTH],
          y + st[i * 5 + Imgproc.CC_STAT_HEIGHT]});
    }
    parts.sort(Comparator.comparingInt(p -> p[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] p : parts) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null) {
        int overlap = Math.min(last[2], p[2]) - Math.max(last[0], p[0]);
        int narrower = Math.min(last[2] - last[0], p[2] - p[0]);
        if (overlap >= 0.5 * narrower) {
          last[0] = Math.min(last[0], p[0]);
          last[1] = Math.min(last[1], p[1]);
          last[2] = Math.max(last[2], p[2]);
          last[3] = Math.max(last[3], p[3]);
          continue;
        }
      }
      merged.add(p.clone());
    }
    List<Glyph> glyphs = new ArrayList<>();
    int tallest = 0;
    for (int[] g : merged) {
      glyphs.add(new Glyph(new Rect(box.x + g[0], box.y + g[1], g[2] - g[0], g[3] - g[1])));
      tallest = Math.max(tallest, g[3] - g[1]);
    }
    boolean clean = !glyphs.isEmpty() && glyphs.size() <= MAX_GLYPHS
        && tallest >= Math.max(8, MIN_DIGIT_INCHES * ppi);
    for (int[] d : dots) {
      // a dot too small to keep as ink may still be a decimal point or a comma: between the
      // digits it makes the figure unreadable here, whatever the glyphs say
      boolean between = !merged.isEmpty() && d[0] >= merged.get(0)[2]
          && d[1] <= merged.get(merged.size() - 1)[0];
      clean &= !between;
    }
    for (int i = 0; clean && i < merged.size(); i++) {
      int[] g = merged.get(i);
      int h = g[3] - g[1];
      int w = g[2] - g[0];
      clean = h >= MIN_HEIGHT_SHARE * tallest && w <= MAX_ASPECT * h
          && g[1] <= (1 - MIN_HEIGHT_SHARE) * tallest && g[3] >= MIN_HEIGHT_SHARE * tallest;
      if (clean && i > 0) {
        int gap = g[0] - merged.get(i - 1)[2];
        clean = gap <= MAX_GAP * tallest;
      }
    }
    return new Cut(glyphs, clean);
  }

  /** Shortest digit height read, in inches (about 5 pt type). */
  static final double MIN_DIGIT_INCHES = 0.05;
  /** Least height of a glyph, as a share of the tallest: digits are all of one height. */
  static final double MIN_HEIGHT_SHARE = 0.85;
  /** Widest a digit glyph is, in its heights (CJK glyphs and % are wider). */
  static final double MAX_ASPECT = 0.85;
  /** Widest gap between two digits of one figure, in glyph heights. */
  static final double MAX_GAP = 0.6;
}
