package org.nianbao.extract.image;

import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Ink mask (ink = 255) that copes with uneven scan brightness: local mean threshold. */
final class Binarizer {
  private Binarizer() {}

  static Mat ink(Mat gray, double pixelsPerInch) {
    Mat smooth = new Mat();
    // A light Gaussian tames JPEG/scan speckle; a median would erase 1-px rules.
    Imgproc.GaussianBlur(gray, smooth, new org.opencv.core.Size(3, 3), 0);
    int block = odd((int) Math.round(pixelsPerInch * 0.2)); // ~ a few characters wide
    Mat bin = new Mat();
    Imgproc.adaptiveThreshold(smooth, bin, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C,
        Imgproc.THRESH_BINARY_INV, Math.max(15, block), 10);
    OpenCv.release(smooth);
    return bin;
  }

  static int odd(int n) {
    return n % 2 == 0 ? n + 1 : n;
  }
}
