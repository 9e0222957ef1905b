package org.nianbao.truth;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.nianbao.model.BBox;

/**
 * Builds a test PDF in which some regions of born-digital pages (a table) are replaced by a
 * picture of themselves, as portals paste a screenshot of a table into a text-layer report: the
 * page is rendered, the region cropped, the text and paths drawn inside the region removed from
 * the content stream (so the text layer no longer holds them), and the crop drawn in their place.
 * Everything else on the page (narrative text, other tables) stays as it was.
 */
final class PictureTablePdf {
  private PictureTablePdf() {}

  /**
   * @param regions per 1-based page, the area to replace (PDF points, origin top-left)
   * @param dpi resolution of the picture
   */
  static void write(Path source, Map<Integer, BBox> regions, int dpi, Path out) throws IOException {
    write(source, regions, dpi, false, out);
  }

  /**
   * @param turned store the picture's pixels a quarter turn anticlockwise and draw them turned
   *     back by the placement matrix (as some writers store scanned images): the page looks the
   *     same, but the picture is no longer an upright image on the page
   */
  static void write(Path source, Map<Integer, BBox> regions, int dpi, boolean turned, Path out)
      throws IOException {
    try (PDDocument doc = PDDocument.load(source.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      Map<Integer, BufferedImage> crops = new HashMap<>();
      for (Map.Entry<Integer, BBox> e : regions.entrySet()) {
        BufferedImage page = renderer.renderImageWithDPI(e.getKey() - 1, dpi, ImageType.RGB);
        BBox r = e.getValue();
        double s = dpi / 72.0;
        int x = (int) Math.floor(r.left() * s), y = (int) Math.floor(r.top() * s);
        int w = Math.min(page.getWidth() - x, (int) Math.ceil(r.right() * s) - x);
        int h = Math.min(page.getHeight() - y, (int) Math.ceil(r.bottom() * s) - y);
        crops.put(e.getKey(), page.getSubimage(x, y, w, h));
      }
      for (Map.Entry<Integer, BBox> e : regions.entrySet()) {
        PDPage page = doc.getPage(e.getKey() - 1);
        BBox r = e.getValue();
        float pageHeight = page.getCropBox().getHeight();
        Region user = new Region(r.left(), pageHeight - r.bottom(), r.right(), pageHeight - r.top());
        strip(doc, page, user);
        BufferedImage crop = crops.get(e.getKey());
        PDImageXObject img =
            LosslessFactory.createFromImage(doc, turned ? anticlockwise(crop) : crop);
        try (PDPageContentStream cs =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          if (turned) {
            // the stored image's top-left is the table's top-right: x = W·v + left, y = top − H·u
            cs.drawImage(img, new Matrix(0, (float) -r.height(), (float) r.width(), 0,
                (float) r.left(), (float) (pageHeight - r.top())));
          } else {
            cs.drawImage(img, (float) r.left(), (float) (pageHeight - r.bottom()),
                (float) r.width(), (float) r.height());
          }
        }
      }
      doc.save(out.toFile());
    }
  }

  private static BufferedImage anticlockwise(BufferedImage c) {
    int w = c.getWidth(), h = c.getHeight();
    BufferedImage s = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < w; y++) {
      for (int x = 0; x < h; x++) {
        s.setRGB(x, y, c.getRGB(w - 1 - y, x));
      }
    }
    return s;
  }

  /** A rectangle in user space (origin bottom-left), with a tolerance for line widths. */
  record Region(double x0, double y0, double x1, double y1) {
    boolean holds(double x, double y) {
      return x >= x0 - 3 && x <= x1 + 3 && y >= y0 - 3 && y <= y1 + 3;
    }
  }

  /** Rewrites the page's content without the text and paths drawn wholly inside the region. */
  private static void strip(PDDocument doc, PDPage page, Region region) throws IOException {
    Marker marker = new Marker(page, region);
    marker.processPage(page);
    PDFStreamParser parser = new PDFStreamParser(page);
    parser.parse();
    List<Object> kept = new ArrayList<>();
    List<Object> operands = new ArrayList<>();
    int index = -1;
    for (Object token : parser.getTokens()) {
      if (token instanceof Operator) {
        index++;
        if (!marker.drop.contains(index)) {
          kept.addAll(operands);
          kept.add(token);
        }
        operands.clear();
      } else {
        operands.add(token);
      }
    }
    kept.addAll(operands);
    PDStream stream = new PDStream(doc);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(out).writeTokens(kept);
    }
    page.setContents(stream);
  }

  /** Finds the page-level operators that draw only inside the region. */
  private static final class Marker extends PDFGraphicsStreamEngine {
    private static final Set<String> TEXT = Set.of("Tj", "TJ");
    private static final Set<String> PAINT =
        Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    final Set<Integer> drop = new HashSet<>();
    private final Region region;
    private int depth;
    private int index = -1;
    private String operator = "";
    private final List<Integer> pathOps = new ArrayList<>();
    private boolean pathInside = true;
    private boolean clipping;
    private Boolean textInside;

    Marker(PDPage page, Region region) {
      super(page);
      this.region = region;
    }

    @Override
    protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
      if (depth > 0) {
        super.processOperator(op, operands);
        return;
      }
      index++;
      operator = op.getName();
      textInside = null;
      super.processOperator(op, operands);
      if (TEXT.contains(operator) && Boolean.TRUE.equals(textInside)) {
        drop.add(index);
      }
      if (Set.of("m", "l", "c", "v", "y", "h", "re").contains(operator)) {
        pathOps.add(index);
      }
      if (PAINT.contains(operator)) {
        if (pathInside && !clipping && !pathOps.isEmpty()) {
          drop.addAll(pathOps);
          drop.add(index);
        }
        pathOps.clear();
        pathInside = true;
        clipping = false;
      }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      depth++;
      try {
        super.showForm(form);
      } finally {
        depth--;
      }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, String unicode, Vector d)
        throws IOException {
      if (depth == 0) {
        boolean in = region.holds(trm.getTranslateX(), trm.getTranslateY());
        textInside = (textInside == null || textInside) && in;
      }
      super.showGlyph(trm, font, code, unicode, d);
    }

    private void point(double x, double y) {
      pathInside &= region.holds(x, y);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
        point(p.getX(), p.getY());
      }
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {
      clipping = true;
    }

    @Override
    public void moveTo(float x, float y) {
      point(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      point(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      point(x3, y3);
    }

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
    public void shadingFill(COSName shadingName) {}
  }
}
