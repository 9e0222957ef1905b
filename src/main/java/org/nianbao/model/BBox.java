package org.nianbao.model;

/** A rectangle in PDF points, origin top-left of the page, y growing downwards. */
public record BBox(double left, double top, double right, double bottom) {

  public double width() {
    return right - left;
  }

  public double height() {
    return bottom - top;
  }

  public double centerX() {
    return (left + right) / 2;
  }

  public double centerY() {
    return (top + bottom) / 2;
  }

  public boolean contains(double x, double y) {
    return x >= left && x <= right && y >= top && y <= bottom;
  }

  public BBox union(BBox o) {
    return new BBox(
        Math.min(left, o.left), Math.min(top, o.top),
        Math.max(right, o.right), Math.max(bottom, o.bottom));
  }
}
