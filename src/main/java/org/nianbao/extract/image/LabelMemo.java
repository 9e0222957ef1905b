package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The label cells of one page that OCR read as a label the templates know, kept as exemplars
 * so that their repeats on the page are recognised from their ink without another OCR call.
 * Tables repeat their headers: table 四 prints 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计
 * under each of its three groups, the GB2021 table 二 信息内容 over each of its four parts.
 *
 * <p>A cell is a repeat when its ink has as many lines as an exemplar's, nearly its box, and
 * every window of a line height square of the exemplar's ink (blurred by about a stroke width)
 * correlates with the cell's ink, shifted by a pixel or two, by at least
 * {@link #MIN_CORRELATION}: a label that differs in one glyph has one window that correlates
 * poorly. On the scanned test set's table pages (five reports, 150 to 300 dpi) repeats of a
 * label correlated by 0.77 to 1.0 (0.95 at the median), the nearest other label of the same size
 * (第二十条第(五)项 and (六)项, 结果维持 and 尚未审结, 行政复议 and 行政诉讼) by at most 0.77. Only
 * cells read by OCR become exemplars, so a recognised cell never teaches another.
 */
final class LabelMemo {
  /** Least correlation of every window for a repeat. */
  static final double MIN_CORRELATION = 0.9;
  /** Exemplars kept per page. */
  private static final int MAX_EXEMPLARS = 48;
  /** Mean ink (0..1) below which a window is paper. */
  private static final double PAPER = 0.02;

  /** A label's ink: box size, lines, line height, and the ink blurred as floats. */
  record Shape(int width, int height, int lines, int lineHeight, Mat blurred) {}

  private record Exemplar(Shape shape, CellReader.Reading reading) {}

  private final List<Exemplar> exemplars = new ArrayList<>();

  /** Whether the ink can be a label worth remembering: two glyphs wide at least, or lines. */
  static boolean labelShaped(Ink ink) {
    return ink.lines() > 1 || ink.box().width >= 1.8 * ink.lineHeight();
  }

  /** @param labelInk the ink mask (255 = ink) cropped to the label's ink box */
  static Shape shape(Mat labelInk, Ink ink) {
    return new Shape(labelInk.cols(), labelInk.rows(), ink.lines(), ink.lineHeight(),
        blurred(labelInk, ink.lineHeight()));
  }

  /**
   * The reading of the exemplar the label's ink repeats best, or null.
   *
   * @param labelInk the ink mask (255 = ink) cropped to the label's ink box
   */
  CellReader.Reading recall(Mat labelInk, Ink ink) {
    Exemplar best = null;
    double bestCorrelation = MIN_CORRELATION;
    for (Exemplar e : exemplars) {
      Shape s = e.shape();
      if (s.lines() == ink.lines() && sameSize(s, labelInk.cols(), labelInk.rows())) {
        double c = correlation(s, labelInk, bestCorrelation);
        if (c >= bestCorrelation) {
          best = e;
          bestCorrelation = c;
        }
      }
    }
    return best == null ? null : best.reading();
  }

  /** Keeps a label read by OCR (one the templates know) as an exemplar of its ink. */
  void learn(Shape shape, CellReader.Reading reading) {
    if (exemplars.size() < MAX_EXEMPLARS) {
      exemplars.add(new Exemplar(shape, new CellReader.Reading(reading.text(),
          reading.confidence(), false)));
    } else {
      OpenCv.release(shape.blurred());
    }
  }

  /** Frees the exemplars' images. */
  void release() {
    for (Exemplar e : exemplars) {
      OpenCv.release(e.shape().blurred());
    }
    exemplars.clear();
  }

  private static boolean sameSize(Shape a, int width, int height) {
    return Math.abs(a.width() - width) <= Math.max(2, 0.04 * a.width())
        && Math.abs(a.height() - height) <= Math.max(2, 0.08 * a.height());
  }

  /** The ink as floats, blurred by about a stroke's width. */
  private static Mat blurred(Mat labelInk, int lineHeight) {
    Mat f = new Mat();
    labelInk.convertTo(f, CvType.CV_32F, 1 / 255.0);
    Imgproc.GaussianBlur(f, f, new Size(0, 0), Math.max(0.8, lineHeight / 14.0));
    return f;
  }

  /**
   * The least, over windows of a line height square (stride half that), of the best normalised
   * correlation of the exemplar's window with the other ink (scaled to the exemplar's box)
   * shifted by up to a tenth of the line height. A window that is paper in one and not the
   * other correlates 0. Stops at the first window below {@code enough} (the cell is then no
   * repeat of this exemplar, whatever the rest).
   */
  static double correlation(Shape exemplar, Mat otherInk, double enough) {
    Mat scaled = new Mat();
    Imgproc.resize(otherInk, scaled, new Size(exemplar.width(), exemplar.height()), 0, 0,
        Imgproc.INTER_AREA);
    Mat b = blurred(scaled, exemplar.lineHeight());
    OpenCv.release(scaled);
    Mat a = exemplar.blurred();
    int win = Math.max(6, exemplar.lineHeight());
    int step = Math.max(3, win / 2);
    int shift = Math.max(1, (int) Math.round(exemplar.lineHeight() / 10.0));
    double worst = 1;
    Mat result = new Mat();
    for (int y = 0; y < a.rows() && worst >= enough; y += step) {
      for (int x = 0; x < a.cols() && worst >= enough; x += step) {
        int w = Math.min(win, a.cols() - x);
        int h = Math.min(win, a.rows() - y);
        if (w < win / 2 || h < win / 2) {
          continue;
        }
        Mat ta = a.submat(y, y + h, x, x + w);
        Mat tb = b.submat(y, y + h, x, x + w);
        double inkA = Core.sumElems(ta).val[0] / (w * h);
        double inkB = Core.sumElems(tb).val[0] / (w * h);
        double c;
        if (inkA < PAPER && inkB < PAPER) {
          c = 1;
        } else if (inkA < PAPER || inkB < PAPER) {
          c = 0;
        } else {
          Mat around = b.submat(Math.max(0, y - shift), Math.min(b.rows(), y + h + shift),
              Math.max(0, x - shift), Math.min(b.cols(), x + w + shift));
          Imgproc.matchTemplate(around, ta, result, Imgproc.TM_CCOEFF_NORMED);
          c = Core.minMaxLoc(result).maxVal;
          OpenCv.release(around);
        }
        OpenCv.release(ta, tb);
        worst = Math.min(worst, c);
      }
    }
    OpenCv.release(result, b);
    return worst;
  }
}
