package org.nianbao.extract.image;

import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.Orientation;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** The page levelled (skew removed) and turned upright, with what was done to it. */
record UprightPage(Mat gray, int rotation, double skewDegrees) {
  /** Skews below this are left alone: resampling costs more sharpness than it gains. */
  static final double MIN_CORRECTED_SKEW = 0.1;

  static UprightPage of(Mat gray, double ppi, OcrEngine ocr) {
    Mat ink = Binarizer.ink(gray, ppi);
    double skew = SkewEstimator.measure(ink);
    ink.release();
    Mat level = Math.abs(skew) >= MIN_CORRECTED_SKEW ? SkewEstimator.rotate(gray, skew, 255) : gray;
    int rotation = rotation(level, ppi, ocr);
    Mat upright = level;
    if (rotation != 0) {
      upright = new Mat();
      Core.rotate(level, upright, switch (rotation) {
        case 90 -> Core.ROTATE_90_CLOCKWISE;
        case 180 -> Core.ROTATE_180;
        default -> Core.ROTATE_90_COUNTERCLOCKWISE;
      });
    }
    return new UprightPage(upright, rotation, skew);
  }

  /** OSD on a copy at ~150 dpi (plenty for orientation, and fast). */
  private static int rotation(Mat level, double ppi, OcrEngine ocr) {
    double f = Math.min(1.0, 150.0 / ppi);
    Mat small = level;
    if (f < 0.95) {
      small = new Mat();
      Imgproc.resize(level, small, new Size(level.cols() * f, level.rows() * f), 0, 0,
          Imgproc.INTER_AREA);
    }
    Orientation o = ocr.orientation(OpenCv.toImage(small));
    return o.confidence() >= MIN_OSD_CONFIDENCE ? o.rotation() : 0;
  }

  static final double MIN_OSD_CONFIDENCE = 1.0;
}
