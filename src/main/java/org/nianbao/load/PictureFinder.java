package org.nianbao.load;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.model.BBox;

/**
 * The images a page draws and where (from the current transformation matrix at each image
 * operator, forms included), in the upright page frame that glyphs use.
 */
final class PictureFinder extends PDFGraphicsStreamEngine {
  private final PDRectangle box;
  private final int rotation;
  private final List<PagePicture> found = new ArrayList<>();
  private String lastName = "inline";

  private PictureFinder(PDPage page) {
    super(page);
    this.box = page.getCropBox();
    this.rotation = ((page.getRotation() % 360) + 360) % 360;
  }

  static List<PagePicture> find(PDPage page) throws IOException {
    return mayDrawImages(page) ? findAll(page) : List.of();
  }

  /** {@link #find} without the check that spares most text pages a pass of their own. */
  static List<PagePicture> findAll(PDPage page) throws IOException {
    PictureFinder f = new PictureFinder(page);
    f.processPage(page);
    return List.copyOf(f.found);
  }

  /**
   * Whether the page can draw an image at all: an XObject other than a form reachable from its
   * resources, or an inline image operator in its content or a form's. Most text pages have
   * neither, and the check is a byte scan where finding the pictures parses the whole content.
   * Damage of any kind answers yes: the parse then reports it as it did.
   */
  static boolean mayDrawImages(PDPage page) {
    try {
      java.util.Set<COSBase> seen =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      COSDictionary res = page.getResources() == null ? null : page.getResources().getCOSObject();
      if (xobjectsMayDraw(res, seen)) {
        return true;
      }
      try (java.io.InputStream in = page.getContents()) {
        return in != null && hasInlineImage(in.readAllBytes());
      }
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  private static boolean xobjectsMayDraw(COSDictionary res, java.util.Set<COSBase> seen)
      throws IOException {
    if (res == null || !(res.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xs)) {
      return false;
    }
    for (COSName name : xs.keySet()) {
      COSBase x = xs.getDictionaryObject(name);
      if (x == null || !seen.add(x)) {
        continue;
      }
      if (!(x instanceof COSStream s) || !COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))) {
        return true; // an image, or something PDFBox may still take for one
      }
      COSDictionary own = s.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary d
          ? d : null; // without its own, a form draws from resources checked already
      if (xobjectsMayDraw(own, seen)) {
        return true;
      }
      try (java.io.InputStream in = s.createInputStream()) {
        if (hasInlineImage(in.readAllBytes())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A {@code BI} token: the operator that starts an inline image (or text that looks like it). */
  static boolean hasInlineImage(byte[] content) {
    for (int i = 0; i + 1 < content.length; i++) {
      if (content[i] == 'B' && content[i + 1] == 'I'
          && (i == 0 || delimits(content[i - 1]))
          && (i + 2 == content.length || delimits(content[i + 2]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean delimits(byte b) {
    return switch (b) {
      case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
      default -> false;
    };
  }

  /** Text operators are skipped: fonts and glyphs are not needed to place images. */
  private static final java.util.Set<String> TEXT =
      java.util.Set.of("Tf", "Tj", "TJ", "'", "\"", "d0", "d1");

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (TEXT.contains(operator.getName())) {
      return;
    }
    if ("Do".equals(operator.getName()) && !operands.isEmpty()
        && operands.get(0) instanceof COSName n) {
      lastName = n.getName();
    } else if ("BI".equals(operator.getName())) {
      lastName = "inline";
    }
    super.processOperator(operator, operands);
  }

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D.Double drawn = null;
    for (int[] corner : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
      Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
      if (drawn == null) {
        drawn = new Rectangle2D.Double(p.x, p.y, 0, 0);
      } else {
        drawn.add(p.x, p.y);
      }
    }
    Rectangle2D visible = drawn.createIntersection(new Rectangle2D.Double(
        box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight()));
    var clip = getGraphicsState().getCurrentClippingPath();
    if (clip != null) {
      visible = visible.createIntersection(clip.getBounds2D());
    }
    if (visible.isEmpty()) {
      return;
    }
    boolean whole = Math.abs(visible.getWidth() - drawn.getWidth()) < 1
        && Math.abs(visible.getHeight() - drawn.getHeight()) < 1;
    float a = ctm.getScaleX(), b = ctm.getShearY(), c = ctm.getShearX(), d = ctm.getScaleY();
    boolean upright = rotation == 0 && a > 0 && d > 0
        && Math.abs(b) < 1e-3 * a && Math.abs(c) < 1e-3 * d;
    found.add(new PagePicture(lastName, upright(visible), whole, upright, pdImage));
  }

  /** A user-space rectangle in the upright frame of the displayed page (origin top-left). */
  private BBox upright(Rectangle2D r) {
    double llx = box.getLowerLeftX(), lly = box.getLowerLeftY();
    double urx = box.getUpperRightX(), ury = box.getUpperRightY();
    double x0 = r.getMinX(), x1 = r.getMaxX(), y0 = r.getMinY(), y1 = r.getMaxY();
    return switch (rotation) {
      case 90 -> new BBox(y0 - lly, x0 - llx, y1 - lly, x1 - llx);
      case 180 -> new BBox(urx - x1, y0 - lly, urx - x0, y1 - lly);
      case 270 -> new BBox(ury - y1, urx - x1, ury - y0, urx - x0);
      default -> new BBox(x0 - llx, ury - y1, x1 - llx, ury - y0);
    };
  }

  // Paths are followed only for clipping: a picture cropped by a clip shows only part of itself.
  private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
  private Integer pendingClip;

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.moveTo((float) p0.getX(), (float) p0.getY());
    path.lineTo((float) p1.getX(), (float) p1.getY());
    path.lineTo((float) p2.getX(), (float) p2.getY());
    path.lineTo((float) p3.getX(), (float) p3.getY());
    path.closePath();
  }

  @Override
  public void clip(int windingRule) {
    pendingClip = windingRule;
  }

  @Override
  public void moveTo(float x, float y) {
    path.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    path.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    path.curveTo(x1, y1, x2, y2, x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    Point2D p = path.getCurrentPoint();
    return p == null ? new Point2D.Float() : p;
  }

  @Override
  public void closePath() {
    path.closePath();
  }

  @Override
  public void endPath() {
    finishPath();
  }

  private void finishPath() {
    if (pendingClip != null) {
      path.setWindingRule(pendingClip);
      getGraphicsState().intersectClippingPath(path);
      pendingClip = null;
    }
    path.reset();
  }

  @Override
  public void strokePath() {
    finishPath();
  }

  @Override
  public void fillPath(int windingRule) {
    finishPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    finishPath();
  }

  @Override
  public void shadingFill(COSName shadingName) {}
}
