package org.nianbao.ocr;

/**
 * A page orientation estimate.
 *
 * @param rotation clockwise rotation (0/90/180/270) that makes the page upright
 * @param confidence engine-specific score; higher is surer, 0 when no estimate could be made
 */
public record Orientation(int rotation, double confidence) {
  public static Orientation unknown() {
    return new Orientation(0, 0);
  }
}
