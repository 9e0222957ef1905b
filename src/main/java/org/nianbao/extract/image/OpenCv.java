package org.nianbao.extract.image;

import java.awt.image.BufferedImage;
import org.nianbao.ocr.Images;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Loads the OpenCV native library once and converts between Mat and BufferedImage. */
final class OpenCv {
  private static volatile String failure;
  private static volatile boolean loaded;

  private OpenCv() {}

  /** Loads the bundled native library; throws IllegalStateException with the reason if not. */
  static synchronized void load() {
    if (loaded) {
      return;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    try {
      nu.pattern.OpenCV.loadLocally();
      loaded = true;
    } catch (Throwable e) {
      failure = "OpenCV native library not loadable: " + e;
      throw new IllegalStateException(failure, e);
    }
  }

  static Mat toMat(BufferedImage image) {
    load();
    BufferedImage gray = Images.gray(image);
    byte[] px = (byte[]) gray.getRaster().getDataElements(0, 0, gray.getWidth(),
        gray.getHeight(), null);
    Mat m = new Mat(gray.getHeight(), gray.getWidth(), CvType.CV_8UC1);
    m.put(0, 0, px);
    return m;
  }

  static BufferedImage toImage(Mat gray) {
    BufferedImage out = new BufferedImage(gray.cols(), gray.rows(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = new byte[gray.cols() * gray.rows()];
    Mat cont = gray.isContinuous() ? gray : gray.clone();
    cont.get(0, 0, px);
    out.getRaster().setDataElements(0, 0, gray.cols(), gray.rows(), px);
    return out;
  }
}
