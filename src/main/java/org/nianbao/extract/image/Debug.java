package org.nianbao.extract.image;

import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/** Writes intermediate images when -Dnianbao.image.debug=DIR is set (for tuning by eye). */
final class Debug {
  private static final String DIR = System.getProperty("nianbao.image.debug");

  private Debug() {}

  static void write(String name, Mat m) {
    if (DIR != null) {
      new java.io.File(DIR).mkdirs();
      Imgcodecs.imwrite(DIR + "/" + name + ".png", m);
    }
  }
}
