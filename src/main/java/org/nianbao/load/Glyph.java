package org.nianbao.load;

/**
 * One drawn character in the upright (rotation-corrected) page frame, PDF points, origin
 * top-left, y growing downwards; (x, y) is the top-left corner of the glyph box.
 *
 * @param unmapped true when the glyph has no usable Unicode mapping (U+FFFD, private use,
 *     control characters)
 */
public record Glyph(
    String text, double x, double y, double width, double height, String font, float fontSize,
    boolean unmapped) {
  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }
}
