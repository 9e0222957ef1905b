package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.nianbao.ocr.OcrWord;
import org.nianbao.ocr.Orientation;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The page levelled (skew removed) and turned upright, with what was done to it; {@code ink} is
 * the ink mask of {@code gray} when the page needed neither (measured for the skew anyway), else
 * null.
 */
record UprightPage(Mat gray, int rotation, double skewDegrees, Mat ink) {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UprightPage.class);
  /** Skews below this are left alone: resampling costs more sharpness than it gains. */
  static final double MIN_CORRECTED_SKEW = 0.1;

  static UprightPage of(Mat gray, double ppi, OcrEngine ocr) {
    Mat ink = Binarizer.ink(gray, ppi);
    double skew = SkewEstimator.measure(ink);
    Mat level = Math.abs(skew) >= MIN_CORRECTED_SKEW ? SkewEstimator.rotate(gray, skew, 255) : gray;
    int rotation = rotation(level, ppi, ocr);
    if (rotation == 90 || rotation == 270) {
      double across = sidewaysSkew(ink);
      if (across != skew) {
        if (level != gray) {
          OpenCv.release(level);
        }
        skew = across;
        level = Math.abs(skew) >= MIN_CORRECTED_SKEW ? SkewEstimator.rotate(gray, skew, 255)
            : gray;
      }
    }
    if (level != gray || rotation != 0) {
      OpenCv.release(ink);
      ink = null;
    }
    Mat upright = level;
    if (rotation != 0) {
      upright = new Mat();
      Core.rotate(level, upright, switch (rotation) {
        case 90 -> Core.ROTATE_90_CLOCKWISE;
        case 180 -> Core.ROTATE_180;
        default -> Core.ROTATE_90_COUNTERCLOCKWISE;
      });
      if (level != gray) {
        OpenCv.release(level);
      }
    }
    return new UprightPage(upright, rotation, skew, ink);
  }

  /**
   * The skew of a sheet fed sideways, from its ink as scanned. Its lines run down the page, where
   * the row profile sees none of them (fresh-64906-5's landscape table 四, skewed 1.25°, was
   * measured 0.5°: the far end of each rule drifted off its grid line and the slots beside it
   * merged, header with figure), so the profile is taken across the page turned a quarter; either way round keeps
   * a clockwise skew clockwise.
   */
  static double sidewaysSkew(Mat ink) {
    Mat turned = new Mat();
    Core.rotate(ink, turned, Core.ROTATE_90_CLOCKWISE);
    double skew = SkewEstimator.measure(turned);
    OpenCv.release(turned);
    return skew;
  }

  /**
   * Upright pages (nearly all) are recognised cheaply: one short run of horizontal text read
   * both ways up. Only when that is not clear-cut does Tesseract's OSD run (it classifies a few
   * hundred glyphs four ways: a third of a second a page), on a copy at ~150 dpi.
   */
  private static int rotation(Mat level, double ppi, OcrEngine ocr) {
    double f = Math.min(1.0, 150.0 / ppi);
    Mat small = level;
    if (f < 0.95) {
      small = new Mat();
      Imgproc.resize(level, small, new Size(level.cols() * f, level.rows() * f), 0, 0,
          Imgproc.INTER_AREA);
    }
    try {
      if (clearlyUpright(small, ppi * f, ocr)) {
        return 0;
      }
      int sideways = sideways(small, ppi * f, ocr);
      if (sideways >= 0) {
        return sideways;
      }
      Orientation o = ocr.orientation(OpenCv.toImage(small));
      return o.confidence() >= MIN_OSD_CONFIDENCE ? o.rotation() : 0;
    } finally {
      if (small != level) {
        OpenCv.release(small);
      }
    }
  }

  static final double MIN_OSD_CONFIDENCE = 1.0;

  /** Fewest glyphs in the sampled run of text. */
  static final int MIN_GLYPHS = 6;
  /**
   * Mean glyph confidence the run must reach read upright (on the scanned set: upright runs
   * 0.55–0.95, 45 of 48 at or above 0.75; turned runs at most 0.55 in 144)...
   */
  static final double MIN_UPRIGHT_CONFIDENCE = 0.75;
  /** ...and how much better than read upside down. */
  static final double MIN_MARGIN = 0.2;
  /**
   * Mean confidence from which a run is upright without reading it turned: 0.3 above any turned
   * run seen (0.55 at most in 144; 0.47 at most in the 45 of the scanned set's 80 run tests
   * read turned); 57 of those 80 runs read upright at 0.85 or more.
   */
  static final double SURE_UPRIGHT_CONFIDENCE = 0.85;

  /**
   * True when a run of glyph-sized ink blobs along a horizontal line reads as confident text
   * upright and clearly worse turned 180°. Sideways pages have no such run that reads well, so
   * they (and anything unclear) are left to {@link #sideways} and then OSD.
   */
  static boolean clearlyUpright(Mat small, double ppi, OcrEngine ocr) {
    // a date in Chinese numerals or a signature in a light font reads poorly upright too: a run
    // on another line is a few hundredths of a second, OSD a few tenths
    for (Rect run : textRuns(small, ppi, RUNS_TRIED)) {
      if (runTurn(small, run, false, ocr) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Runs of text, on different lines, tried before OSD. */
  static final int RUNS_TRIED = 3;

  /**
   * For a sheet fed sideways, the clockwise turn that makes it upright (90 or 270), or -1 when
   * unclear: the run test on the page turned a quarter clockwise, read both ways up. Two line
   * reads where OSD (0.5 s a page on the scanned set) is needed only when neither way is clear.
   */
  private static int sideways(Mat small, double ppi, OcrEngine ocr) {
    Mat quarter = new Mat();
    Core.rotate(small, quarter, Core.ROTATE_90_CLOCKWISE);
    try {
      for (Rect run : textRuns(quarter, ppi, RUNS_TRIED)) {
        int turn = runTurn(quarter, run, true, ocr);
        if (turn >= 0) {
          return turn == 0 ? 90 : 270;
        }
      }
      return -1;
    } finally {
      OpenCv.release(quarter);
    }
  }

  /**
   * 0 when the run reads as confident text as it stands and clearly worse turned 180°; 180 the
   * other way round (only when {@code upsideDown} is asked for: otherwise a run that reads
   * poorly as it stands is not read turned); -1 when unclear.
   */
  private static int runTurn(Mat image, Rect run, boolean upsideDown, OcrEngine ocr) {
    double c0 = runConfidence(image, run, false, ocr);
    double c180 = c0 < SURE_UPRIGHT_CONFIDENCE && (c0 >= MIN_UPRIGHT_CONFIDENCE || upsideDown)
        ? runConfidence(image, run, true, ocr) : 0;
    if (LOG.isTraceEnabled()) {
      LOG.trace(String.format("orientation test: run %s conf %.2f / 180° %.2f", run, c0, c180));
    }
    if (c0 >= MIN_UPRIGHT_CONFIDENCE && c0 - c180 >= MIN_MARGIN) {
      return 0;
    }
    return upsideDown && c180 >= MIN_UPRIGHT_CONFIDENCE && c180 - c0 >= MIN_MARGIN ? 180 : -1;
  }

  /** Mean glyph confidence of a run of text read as it stands, or turned 180°. */
  private static double runConfidence(Mat image, Rect run, boolean turned, OcrEngine ocr) {
    Mat crop = image.submat(run);
    Mat view = scaled(crop, run.height);
    OpenCv.release(crop);
    if (turned) {
      Mat down = new Mat();
      Core.rotate(view, down, Core.ROTATE_180);
      OpenCv.release(view);
      view = down;
    }
    double c = meanConfidence(ocr.read(OpenCv.toImage(view), OcrMode.TEXT_LINE));
    OpenCv.release(view);
    return c;
  }

  /**
   * Up to {@code max} horizontal runs (a dozen glyph widths at most) holding the most
   * glyph-sized blobs whose centres share a text line, most blobs first, each on a line of its
   * own, padded; none with fewer than {@link #MIN_GLYPHS}.
   */
  static List<Rect> textRuns(Mat small, double ppi, int max) {
    Mat ink = Binarizer.ink(small, ppi);
    int[] st = OpenCv.componentStats(ink, 8);
    int n = st.length / 5;
    OpenCv.release(ink);
    double minH = ppi * 0.08;
    double maxH = ppi * 0.3;
    List<int[]> glyphs = new ArrayList<>(); // x, y, w, h
    for (int i = 1; i < n; i++) {
      int x = st[i * 5];
      int y = st[i * 5 + 1];
      int w = st[i * 5 + 2];
      int h = st[i * 5 + 3];
      if (h >= minH && h <= maxH && w <= 2 * h && w >= 0.2 * h) {
        glyphs.add(new int[] {x, y, w, h});
      }
    }
    if (glyphs.size() < MIN_GLYPHS || glyphs.size() > 20000) {
      return List.of();
    }
    glyphs.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> candidates = new ArrayList<>(); // count, first glyph, right edge
    for (int i = 0; i < glyphs.size(); i++) {
      int[] g = glyphs.get(i);
      double cy = g[1] + g[3] / 2.0;
      int reach = g[0] + 12 * g[3];
      int count = 0;
      int right = g[0] + g[2];
      for (int j = i; j < glyphs.size() && glyphs.get(j)[0] <= reach; j++) {
        int[] o = glyphs.get(j);
        if (Math.abs(o[1] + o[3] / 2.0 - cy) <= g[3] * 0.25 && Math.abs(o[3] - g[3]) <= g[3] * 0.4) {
          count++;
          right = Math.max(right, o[0] + o[2]);
        }
      }
      if (count >= MIN_GLYPHS) {
        candidates.add(new int[] {count, i, right});
      }
    }
    // most blobs first; ties to the leftmost start, as one scan from the left finds them
    candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
        : Integer.compare(a[1], b[1]));
    List<Rect> runs = new ArrayList<>();
    for (int[] c : candidates) {
      int[] g = glyphs.get(c[1]);
      int pad = Math.max(2, g[3] / 4);
      int x1 = Math.max(0, g[0] - pad);
      int y1 = Math.max(0, g[1] - pad);
      int x2 = Math.min(small.cols(), c[2] + pad);
      int y2 = Math.min(small.rows(), g[1] + g[3] + pad);
      Rect r = new Rect(x1, y1, x2 - x1, y2 - y1);
      if (runs.stream().noneMatch(o -> o.y < r.y + r.height && r.y < o.y + o.height)) {
        runs.add(r);
        if (runs.size() == max) {
          break;
        }
      }
    }
    return runs;
  }

  private static Mat scaled(Mat crop, int lineHeight) {
    double f = Math.max(1.0, Math.min(4.0, 40.0 / Math.max(1, lineHeight)));
    Mat s = new Mat();
    Imgproc.resize(crop, s, new Size(crop.cols() * f, crop.rows() * f), 0, 0, Imgproc.INTER_CUBIC);
    Mat framed = new Mat();
    Core.copyMakeBorder(s, framed, 16, 16, 16, 16, Core.BORDER_CONSTANT, new Scalar(255));
    OpenCv.release(s);
    return framed;
  }

  private static double meanConfidence(OcrReading r) {
    if (r.words().isEmpty()) {
      return 0;
    }
    double sum = 0;
    int chars = 0;
    for (OcrWord w : r.words()) {
      int len = Math.max(1, w.text().codePointCount(0, w.text().length()));
      sum += w.confidence() * len;
      chars += len;
    }
    return sum / chars;
  }
}
