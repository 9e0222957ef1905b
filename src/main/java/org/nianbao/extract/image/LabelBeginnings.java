package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Long labels told from their first glyphs. Tesseract's line recognizer costs by the
 * glyph, and on table pages most of the OCR time went to long labels that read as a label the
 * templates know. Where this page's glyph advance is known (measured on labels read whole), a
 * long label is read from a crop of its first {@link #READ_EMS} glyphs; it is taken as the known
 * label that begins so only when exactly one known label begins so within
 * {@link #AMBIGUOUS_EMS} glyphs of the ink's width, and that one fits the width within
 * {@link #FIT_EMS}. Anything else (no or several labels, a width no label has, a doubtful
 * reading) is read whole, as before.
 */
final class LabelBeginnings {
  /** Glyph advances of a long label read to tell it: enough to part the templates' labels. */
  static final double READ_EMS = 6;
  /**
   * Shortest label, in glyph advances over all its lines, read from its beginning: shorter ones
   * cost hardly more read whole.
   */
  static final double MIN_LABEL_EMS = 8;
  /** Labels read whole, on this page, before its glyph advance is trusted. */
  static final int SAMPLES = 3;
  /** Fewest glyph advances a label read whole must span to measure the advance by. */
  private static final double MIN_SAMPLE_EMS = 4;
  /** Ink width, in glyph advances, the one label begun so must account for. */
  static final double FIT_EMS = 1.0;
  /**
   * Ink width, in glyph advances, within which a second label begun so makes the reading
   * ambiguous (read whole).
   */
  static final double AMBIGUOUS_EMS = 2.5;
  /**
   * Least confidence of a beginning's reading to complete it from the templates. Low: the
   * templates' labels, by their first glyphs and the width, are what vouches for the reading
   * (a numbering such as 4。 reads with 0.3 before glyphs read surely); a cell of noise reads
   * with none.
   */
  static final double MIN_CONFIDENCE = 0.1;

  /** Pixels per glyph advance of the labels read whole on this page. */
  private final List<Double> advances = new ArrayList<>();

  /** Measures the glyph advance on a one-line label read whole that the templates know. */
  void learn(String text, int inkWidth) {
    double ems = (ems(text)[0] + ems(text)[1]) / 2;
    if (ems >= MIN_SAMPLE_EMS) {
      advances.add(inkWidth / ems);
    }
  }

  /** This page's glyph advance in pixels (the median of the labels read whole), or 0 before {@link #SAMPLES}. */
  double advance() {
    if (advances.size() < SAMPLES) {
      return 0;
    }
    List<Double> sorted = advances.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /**
   * The text lines of a label's binary view (ink black), each as the box of its ink, top to
   * bottom; rows of only a trace of ink part two lines (as {@link Ink} counts them).
   *
   * @param gapMin fewest clear rows between two lines
   */
  static List<Rect> lines(Mat bin, int gapMin) {
    int w = bin.cols();
    byte[] px = new byte[w * bin.rows()];
    Mat copy = bin.isContinuous() ? bin : bin.clone();
    copy.get(0, 0, px);
    if (copy != bin) {
      OpenCv.release(copy);
    }
    int[] rowInk = new int[bin.rows()];
    for (int y = 0; y < rowInk.length; y++) {
      for (int x = 0; x < w; x++) {
        if ((px[y * w + x] & 0xff) < 128) {
          rowInk[y]++;
        }
      }
    }
    List<int[]> runs = Ink.runs(rowInk, gapMin);
    int tallest = runs.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
    List<Rect> out = new ArrayList<>();
    for (int[] r : runs) {
      if (r[1] - r[0] < 0.4 * tallest) {
        continue; // a speck or a stroke between lines, not a line
      }
      int x1 = w;
      int x2 = -1;
      for (int y = r[0]; y < r[1]; y++) {
        for (int x = 0; x < w; x++) {
          if ((px[y * w + x] & 0xff) < 128) {
            x1 = Math.min(x1, x);
            x2 = Math.max(x2, x);
          }
        }
      }
      out.add(new Rect(x1, r[0], x2 - x1 + 1, r[1] - r[0]));
    }
    return out;
  }

  /**
   * The one known label (as printed) the candidates hold for ink of this width, or null when
   * none fits it or another is close enough to make the choice doubtful.
   *
   * @param candidates the known labels whose beginning reads as the cell's first glyphs did
   * @param inkEms the ink's width in glyph advances
   */
  static String complete(List<String> candidates, double inkEms) {
    String fit = null;
    int near = 0;
    for (String label : candidates) {
      double[] e = ems(label);
      if (inkEms >= e[0] - AMBIGUOUS_EMS && inkEms <= e[1] + AMBIGUOUS_EMS) {
        near++;
        if (inkEms >= e[0] - FIT_EMS && inkEms <= e[1] + FIT_EMS) {
          fit = label;
        }
      }
    }
    return near == 1 ? fit : null;
  }

  /**
   * The least and most glyph advances the text's ink spans: a Chinese glyph or full-width form
   * one, a Latin letter or digit about half, punctuation a third to one (brackets, colons and
   * full stops are printed full- or half-width); spaces none.
   */
  static double[] ems(String text) {
    double lo = 0;
    double hi = 0;
    for (int c : text.codePoints().toArray()) {
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          || (c >= 0xFF10 && c <= 0xFF5A && Character.isLetterOrDigit(c))) {
        lo += 1;
        hi += 1;
      } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
        lo += 0.45;
        hi += 0.65;
      } else {
        lo += 0.3;
        hi += 1.0;
      }
    }
    return new double[] {lo, hi};
  }
}
