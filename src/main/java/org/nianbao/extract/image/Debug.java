package org.nianbao.extract.image;

import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes intermediate images for tuning by eye. Off unless asked for twice over: the folder is
 * named with {@code -Dnianbao.image.debug=DIR} and this class's logger is at debug level (so a
 * property left set in production writes nothing while logging is at its usual level).
 */
final class Debug {
  private static final Logger LOG = LoggerFactory.getLogger(Debug.class);
  private static final String DIR = System.getProperty("nianbao.image.debug");

  private Debug() {}

  static void write(String name, Mat m) {
    if (DIR != null && LOG.isDebugEnabled()) {
      new java.io.File(DIR).mkdirs();
      String file = DIR + "/" + name + ".png";
      Imgcodecs.imwrite(file, m);
      LOG.debug("wrote {}", file);
    }
  }
}
