package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Reads one table cell. Blank cells are recognised from the ink alone (no OCR call); short
 * one- or two-line cells are tried as figures first (whitelisted single-line read, cheap and
 * immune to 0/O, 1/l confusions), everything else is read as Chinese text.
 */
final class CellReader {
  /** What a cell held: text and 0..1 confidence. */
  record Reading(String text, double confidence, boolean blank) {}

  static final Pattern FIGURE = Pattern.compile(
      "[-+]?([0-9][0-9,]*(\\.[0-9]+)?|\\.[0-9]+)(万元|亿元|万|元|件|个|条|次|项|%)?|[-—]");
  /** Text line height Tesseract's LSTM models read best at. */
  private static final double TARGET_LINE_PX = 34;

  private final OcrEngine ocr;
  private final double ppi;

  CellReader(OcrEngine ocr, double ppi) {
    this.ocr = ocr;
    this.ppi = ppi;
  }

  /**
   * @param clean the page in gray with the rules painted white
   * @param textInk ink mask without rules
   * @param cell the cell's extent in pixels (rule centre to rule centre)
   */
  Reading read(Mat clean, Mat textInk, Rect cell) {
    int inset = Math.max(2, (int) Math.round(ppi * 0.02));
    Rect inner = new Rect(cell.x + inset, cell.y + inset, cell.width - 2 * inset,
        cell.height - 2 * inset);
    if (inner.width < 3 || inner.height < 3) {
      return new Reading("", 1.0, true);
    }
    Ink ink = Ink.measure(textInk.submat(inner), ppi);
    if (ink == null) {
      return new Reading("", 1.0, true);
    }
    int pad = Math.max(2, ink.lineHeight() / 3);
    Rect box = new Rect(inner.x + ink.box().x - pad, inner.y + ink.box().y - pad,
        ink.box().width + 2 * pad, ink.box().height + 2 * pad);
    box = intersect(box, inner);
    BufferedImage crop = prepare(clean.submat(box), ink.lineHeight());

    boolean figureShaped = ink.lines() <= 3 && ink.box().width <= 7 * ink.lineHeight();
    OcrReading numeric = null;
    if (figureShaped) {
      numeric = ocr.read(crop, ink.lines() == 1 ? OcrMode.NUMERIC_LINE : OcrMode.NUMERIC_BLOCK);
      if (FIGURE.matcher(numeric.text()).matches() && numeric.confidence() >= 0.75) {
        return new Reading(numeric.text(), numeric.confidence(), false);
      }
    }
    OcrReading text = ocr.read(crop, ink.lines() == 1 ? OcrMode.TEXT_LINE : OcrMode.TEXT_BLOCK);
    if (numeric != null && FIGURE.matcher(numeric.text()).matches()
        && (text.isEmpty() || numeric.confidence() >= text.confidence()
            || FIGURE.matcher(text.text().replace(" ", "")).matches())) {
      // a doubtful figure: keep the whitelisted reading, at its (low) confidence
      return new Reading(numeric.text(), Math.min(numeric.confidence(), 0.89), false);
    }
    return new Reading(text.text(), text.isEmpty() ? 0.0 : text.confidence(), false);
  }

  /** Scales the crop so a text line is ~34 px tall and adds a white margin. */
  private static BufferedImage prepare(Mat region, int lineHeight) {
    double f = Math.max(1.0, Math.min(4.0, TARGET_LINE_PX / Math.max(1, lineHeight)));
    Mat scaled = new Mat();
    if (f > 1.05) {
      Imgproc.resize(region, scaled, new Size(region.cols() * f, region.rows() * f), 0, 0,
          Imgproc.INTER_CUBIC);
    } else {
      scaled = region.clone();
    }
    int m = 12;
    Mat framed = new Mat();
    Core.copyMakeBorder(scaled, framed, m, m, m, m, Core.BORDER_CONSTANT, new Scalar(255));
    BufferedImage out = OpenCv.toImage(framed);
    scaled.release();
    framed.release();
    return out;
  }

  private static Rect intersect(Rect a, Rect b) {
    int x = Math.max(a.x, b.x);
    int y = Math.max(a.y, b.y);
    int x2 = Math.min(a.x + a.width, b.x + b.width);
    int y2 = Math.min(a.y + a.height, b.y + b.height);
    return new Rect(x, y, Math.max(1, x2 - x), Math.max(1, y2 - y));
  }
}
