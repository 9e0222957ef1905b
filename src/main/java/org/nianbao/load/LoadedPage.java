package org.nianbao.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One page of a loaded PDF. Size is of the displayed page (width and height swapped for /Rotate
 * 90 and 270); glyphs, lines and image coverage are read lazily on first use. Glyphs are in the
 * page's upright frame: the displayed page turned clockwise by {@link #readingRotation()} so that
 * its text reads left to right (a report saved with /Rotate, a landscape table page drawn
 * sideways); {@link #uprightPdf()} is that page for table finders.
 */
public final class LoadedPage {
  private final int number;
  private final double width;
  private final double height;
  private final int rotation;
  private final PDPage pdPage;
  private final PDDocument document;
  private List<Glyph> glyphs;
  private int unmapped;
  private int textAngle;
  private PDDocument upright;
  private List<TextLine> lines;
  private Double imageCoverage;
  private List<PagePicture> pictures;
  private TabulaInput tabula;

  LoadedPage(PDDocument document, int number) {
    this.document = document;
    this.number = number;
    this.pdPage = document.getPage(number - 1);
    PDRectangle box = pdPage.getCropBox();
    int rot = ((pdPage.getRotation() % 360) + 360) % 360;
    this.rotation = rot;
    boolean swap = rot == 90 || rot == 270;
    this.width = swap ? box.getHeight() : box.getWidth();
    this.height = swap ? box.getWidth() : box.getHeight();
  }

  private LoadedPage(
      int number, double width, double height, int rotation, List<Glyph> glyphs, int unmapped,
      double imageCoverage) {
    this.document = null;
    this.pdPage = null;
    this.number = number;
    this.width = width;
    this.height = height;
    this.rotation = rotation;
    this.glyphs = List.copyOf(glyphs);
    this.unmapped = unmapped;
    this.imageCoverage = imageCoverage;
  }

  /** A page without a PDF behind it, for tests and synthetic input; pdPage() is null. */
  public static LoadedPage inMemory(
      int number, double width, double height, List<Glyph> glyphs, int unmappedGlyphs,
      double imageCoverage) {
    return new LoadedPage(number, width, height, 0, glyphs, unmappedGlyphs, imageCoverage);
  }

  public int number() {
    return number;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** Clockwise /Rotate of the page: 0, 90, 180 or 270. */
  public int rotation() {
    return rotation;
  }

  /**
   * Clockwise rotation (0/90/180/270) that turns the displayed page so its text reads upright;
   * 0 for a page without text.
   */
  public int readingRotation() {
    readGlyphs();
    return Math.floorMod(textAngle - rotation, 360);
  }

  /** Width of the upright frame the glyphs are in. */
  public double uprightWidth() {
    return readingRotation() % 180 == 0 ? width : height;
  }

  /** Height of the upright frame the glyphs are in. */
  public double uprightHeight() {
    return readingRotation() % 180 == 0 ? height : width;
  }

  /**
   * The document holding this page in the upright frame with no /Rotate (the loaded document
   * itself when the page is upright already); its page number is {@link #uprightPageNumber()}.
   */
  public PDDocument uprightPdf() {
    readGlyphs();
    return upright != null ? upright : document;
  }

  public int uprightPageNumber() {
    readGlyphs();
    return upright != null ? 1 : number;
  }

  /** Non-blank glyphs in the upright frame, top-left origin. */
  public List<Glyph> glyphs() {
    readGlyphs();
    return glyphs;
  }

  /** Glyphs with no usable Unicode, including those PDFBox dropped (not in {@link #glyphs()}). */
  public int unmappedGlyphs() {
    readGlyphs();
    return unmapped;
  }

  public List<TextLine> lines() {
    if (lines == null) {
      lines = List.copyOf(new LineBuilder().build(number, glyphs()));
    }
    return lines;
  }

  /** Share of the page area covered by images, 0..1. */
  public double imageCoverage() {
    if (imageCoverage == null) {
      try {
        imageCoverage = ImageCoverageMeter.measure(pdPage);
      } catch (IOException e) {
        throw new UncheckedIOException("page " + number + ": cannot measure images", e);
      }
    }
    return imageCoverage;
  }

  /** The images the page draws, where and how (none for in-memory pages). */
  public List<PagePicture> pictures() {
    if (pictures == null) {
      try {
        // in the frame the glyphs are in: the upright copy of a turned page
        pictures = pdPage == null ? List.of()
            : PictureFinder.find(uprightPdf().getPage(uprightPageNumber() - 1));
      } catch (IOException e) {
        throw new UncheckedIOException("page " + number + ": cannot read images", e);
      }
    }
    return pictures;
  }

  /**
   * Tabula's model of {@link #uprightPdf()}'s page, built from the glyphs and rulings of the
   * pass that read {@link #glyphs()} (tabula does not parse the page again); null for in-memory
   * pages. A fresh object each call: tabula changes its rulings in place.
   *
   * @throws java.io.UncheckedIOException when the page's paths cannot be read
   */
  public technology.tabula.Page tabulaPage() {
    if (document == null) {
      return null;
    }
    readGlyphs();
    return tabula.page();
  }

  /**
   * Tabula's rulings of {@link #uprightPdf()}'s page, unprocessed, as its ObjectExtractor finds
   * them (copies: tabula changes rulings in place); null for in-memory pages.
   *
   * @throws java.io.UncheckedIOException when the page's paths cannot be read
   */
  public List<technology.tabula.Ruling> tabulaRulings() {
    if (document == null) {
      return null;
    }
    readGlyphs();
    return tabula.rulings();
  }

  public PDPage pdPage() {
    return pdPage;
  }

  /** The document this page belongs to (null for in-memory pages); needed by tabula. */
  public PDDocument pdf() {
    return document;
  }

  /** Releases the upright copy, if one was made. */
  void closeUpright() throws IOException {
    if (upright != null) {
      upright.close();
      upright = null;
    }
  }

  private void readGlyphs() {
    if (glyphs != null) {
      return;
    }
    try {
      GlyphStripper.PageGlyphs read = new GlyphStripper().read(document, number);
      if (read.textAngle() != 0 || rotation != 0) {
        upright = UprightCopy.of(pdPage, read.textAngle());
        GlyphStripper.PageGlyphs turned = new GlyphStripper().read(upright, 1);
        read = new GlyphStripper.PageGlyphs(
            turned.glyphs(), turned.unmapped(), read.textAngle(), turned.tabula());
      }
      tabula = read.tabula();
      glyphs = read.glyphs();
      unmapped = read.unmapped();
      textAngle = read.textAngle();
    } catch (IOException e) {
      throw new UncheckedIOException("page " + number + ": cannot read text", e);
    }
  }
}
