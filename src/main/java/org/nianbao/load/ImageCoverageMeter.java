package org.nianbao.load;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.util.Matrix;

/** Share of a page's area covered by drawn images (0..1), measured on a coarse grid. */
final class ImageCoverageMeter extends PDFGraphicsStreamEngine {
  private static final int GRID = 64;
  private final boolean[][] covered = new boolean[GRID][GRID];
  private final PDRectangle box;

  private ImageCoverageMeter(PDPage page) {
    super(page);
    this.box = page.getCropBox();
  }

  static double measure(PDPage page) throws IOException {
    ImageCoverageMeter m = new ImageCoverageMeter(page);
    m.processPage(page);
    return m.share();
  }

  private double share() {
    int n = 0;
    for (boolean[] row : covered) {
      for (boolean b : row) {
        n += b ? 1 : 0;
      }
    }
    return n / (double) (GRID * GRID);
  }

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int[] corner : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
      Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    mark(minX, minY, maxX, maxY);
  }

  private void mark(double minX, double minY, double maxX, double maxY) {
    double w = box.getWidth(), h = box.getHeight();
    if (w <= 0 || h <= 0) {
      return;
    }
    int x0 = cellIndex((minX - box.getLowerLeftX()) / w);
    int x1 = cellIndex((maxX - box.getLowerLeftX()) / w);
    int y0 = cellIndex((minY - box.getLowerLeftY()) / h);
    int y1 = cellIndex((maxY - box.getLowerLeftY()) / h);
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        covered[y][x] = true;
      }
    }
  }

  private static int cellIndex(double fraction) {
    return (int) Math.max(0, Math.min(GRID - 1, Math.floor(fraction * GRID)));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
}
