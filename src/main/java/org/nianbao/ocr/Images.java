package org.nianbao.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Small image conversions shared by the OCR and table code. */
public final class Images {
  private Images() {}

  /** The image as 8-bit gray (the same object when it already is). */
  public static BufferedImage gray(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D gr = g.createGraphics();
    gr.drawImage(image, 0, 0, null);
    gr.dispose();
    return g;
  }
}
