package org.nianbao.extract.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.extract.PageReading;
import org.nianbao.load.Glyph;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.PagePicture;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * Pictures on text-layer pages that are read like scans, in the manner of Apache Tika's OCR of
 * inline images: a table pasted as a screenshot into an otherwise born-digital report. A picture
 * is read when it is drawn large (or wide, as a table) and carries (almost) no text-layer
 * glyphs; its tables and lines come back in page coordinates.
 */
public final class PictureTables {
  /** Share of the page a picture must cover to be read: a table, not a logo or a seal. */
  public static final double MIN_PAGE_SHARE = 0.15;
  /**
   * A short wide picture is read from this share on when it spans {@link #WIDE} of the page
   * width: table 四 is one such (about 9% of an A4 page), a seal or logo never is that wide.
   */
  public static final double MIN_WIDE_SHARE = 0.05;
  public static final double WIDE = 0.4;
  /** Text-layer glyphs a picture may carry and still be read (a page number, a stray mark). */
  public static final int MAX_GLYPHS_OVER = 10;
  /** Share of a picture inside a larger one read already for it to be left out. */
  static final double CONTAINED = 0.8;
  /** Native resolutions taken as they are; finer ones are rendered at the OCR dpi. */
  static final double MIN_NATIVE_PPI = 150;
  static final double MAX_NATIVE_PPI = 600;
  /**
   * Resolution coarse pictures (screenshots at screen resolution) are scaled up to: table 二 of
   * gb2021-02 pasted at 96 ppi read 8 of 10 figures as it is (2 flagged), 10 of 10 scaled up.
   */
  static final double UPSCALED_PPI = 200;

  private PictureTables() {}

  /** A picture to read and how: rendered when it hides another picture or is cropped. */
  public record Candidate(PagePicture picture, boolean render) {}

  /** The page's pictures worth reading, largest first. */
  public static List<Candidate> candidates(LoadedPage page) {
    List<PagePicture> pictures = new ArrayList<>(page.pictures());
    if (pictures.isEmpty()) {
      return List.of();
    }
    pictures.sort(Comparator.comparingDouble((PagePicture p) -> -area(p.box())));
    List<Glyph> glyphs = page.glyphs();
    List<PagePicture> kept = new ArrayList<>();
    List<Boolean> render = new ArrayList<>();
    for (PagePicture p : pictures) {
      if (!worthReading(p.box(), page.width(), page.height(), glyphs)) {
        continue;
      }
      int inside = -1;
      for (int i = 0; i < kept.size() && inside < 0; i++) {
        if (overlap(kept.get(i).box(), p.box()) >= CONTAINED * area(p.box())) {
          inside = i;
        }
      }
      if (inside >= 0) {
        render.set(inside, true); // read as the page shows it, the smaller picture included
      } else {
        kept.add(p);
        render.add(false);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      out.add(new Candidate(kept.get(i), render.get(i)));
    }
    return out;
  }

  /** Large enough to hold a table and not covered by the text layer. */
  static boolean worthReading(BBox box, double pageWidth, double pageHeight, List<Glyph> glyphs) {
    double share = area(box) / (pageWidth * pageHeight);
    boolean large = share >= MIN_PAGE_SHARE
        || share >= MIN_WIDE_SHARE && box.width() >= WIDE * pageWidth;
    if (!large) {
      return false;
    }
    int over = 0;
    for (Glyph g : glyphs) {
      if (!g.unmapped() && box.contains(g.centerX(), g.centerY()) && ++over > MAX_GLYPHS_OVER) {
        return false;
      }
    }
    return true;
  }

  /** "image Im3 (451×302 pt at 72,140)": names a picture in messages. */
  public static String describe(PagePicture p) {
    BBox b = p.box();
    return String.format("image %s (%.0f×%.0f pt at %.0f,%.0f)", p.name(), b.width(), b.height(),
        b.left(), b.top());
  }

  /**
   * The picture as an 8-bit gray image: its own pixels when it is drawn whole, unrotated and at
   * a usable resolution (scaled up when coarse); otherwise the page region it covers rendered at
   * {@code dpi}. Runs on the document's thread.
   */
  public static PageImage image(LoadedPage page, Candidate c, int dpi) throws IOException {
    PagePicture p = c.picture();
    BBox b = p.box();
    if (!c.render() && p.whole() && p.upright() && p.image() instanceof PDImageXObject x
        && plain(x)) {
      double ppiX = x.getWidth() / (b.width() / 72.0);
      double ppiY = x.getHeight() / (b.height() / 72.0);
      if (Math.abs(ppiX - ppiY) <= 0.03 * ppiX && ppiX <= MAX_NATIVE_PPI) {
        BufferedImage img = PageImages.decodeGray(x);
        if (ppiX < MIN_NATIVE_PPI) {
          img = scaled(img, UPSCALED_PPI / ppiX);
        }
        return new PageImage(page.number(), img, b.width() / img.getWidth(), "embedded");
      }
    }
    return rendered(page, b, dpi);
  }

  /** Without masks: a transparent area would turn black once flattened to gray. */
  private static boolean plain(PDImageXObject x) throws IOException {
    return !x.isStencil() && x.getSoftMask() == null && x.getMask() == null
        && x.getWidth() > 0 && x.getHeight() > 0;
  }

  private static BufferedImage scaled(BufferedImage src, double f) {
    int w = (int) Math.round(src.getWidth() * f);
    int h = (int) Math.round(src.getHeight() * f);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static PageImage rendered(LoadedPage page, BBox b, int dpi) throws IOException {
    double scale = dpi / 72.0;
    int w = Math.max(1, (int) Math.round(b.width() * scale));
    int h = Math.max(1, (int) Math.round(b.height() * scale));
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.translate(-b.left() * scale, -b.top() * scale);
    // the picture's box is in the upright frame of the glyphs: render that page
    new PDFRenderer(page.uprightPdf()).renderPageToGraphics(page.uprightPageNumber() - 1, g,
        (float) scale);
    g.dispose();
    return new PageImage(page.number(), img, 72.0 / dpi, "rendered");
  }

  /**
   * A reading of the picture's image moved onto the page: boxes from the picture's upright,
   * possibly turned frame back to page points, tables renamed so that several pictures on one
   * page do not share ids.
   *
   * @param image the image the reading was made from
   * @param box where the picture is on the page
   * @param index the picture's number on its page, from 1
   */
  public static PageReading place(PageReading read, PageImage image, BBox box, int index) {
    int rot = read.info().rotation();
    double w = image.image().getWidth() * image.pointsPerPixel();
    double h = image.image().getHeight() * image.pointsPerPixel();
    List<Table> tables = new ArrayList<>();
    for (Table t : read.tables()) {
      List<Cell> cells = new ArrayList<>();
      for (Cell c : t.cells()) {
        cells.add(new Cell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), c.text(), c.page(),
            c.bbox() == null ? null : toPage(c.bbox(), rot, w, h, box), c.confidence()));
      }
      tables.add(new Table("pic" + index + "-" + t.id(), t.pages(), t.method(),
          t.rowCount(), t.columnCount(), cells));
    }
    List<TextLine> lines = new ArrayList<>();
    for (TextLine l : read.linesOutsideTables()) {
      lines.add(new TextLine(l.page(), l.text(), toPage(l.bbox(), rot, w, h, box), l.fontSize(),
          l.bold()));
    }
    Map<BBox, List<String>> alternatives = new HashMap<>();
    read.alternatives().forEach((b, alts) -> alternatives.put(toPage(b, rot, w, h, box), alts));
    return new PageReading(read.info(), tables, lines, read.warnings(), alternatives);
  }

  /**
   * A box in the upright frame of a picture that was turned {@code rotation} degrees clockwise
   * to read it, back in page points.
   *
   * @param width the picture's width in points as drawn (before turning)
   * @param height its height
   */
  static BBox toPage(BBox b, int rotation, double width, double height, BBox at) {
    double[] p = unturn(b.left(), b.top(), rotation, width, height);
    double[] q = unturn(b.right(), b.bottom(), rotation, width, height);
    double sx = at.width() / width, sy = at.height() / height;
    return new BBox(at.left() + Math.min(p[0], q[0]) * sx, at.top() + Math.min(p[1], q[1]) * sy,
        at.left() + Math.max(p[0], q[0]) * sx, at.top() + Math.max(p[1], q[1]) * sy);
  }

  private static double[] unturn(double u, double v, int rotation, double width, double height) {
    return switch (rotation) {
      case 90 -> new double[] {v, height - u};
      case 180 -> new double[] {width - u, height - v};
      case 270 -> new double[] {width - v, u};
      default -> new double[] {u, v};
    };
  }

  private static double area(BBox b) {
    return Math.max(0, b.width()) * Math.max(0, b.height());
  }

  private static double overlap(BBox a, BBox b) {
    double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
    double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    return w <= 0 || h <= 0 ? 0 : w * h;
  }
}
