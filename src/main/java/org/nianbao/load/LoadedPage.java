package org.nianbao.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One page of a loaded PDF. Size is of the upright page (width and height swapped for /Rotate
 * 90 and 270); glyphs, lines and image coverage are read lazily on first use.
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
  private List<TextLine> lines;
  private Double imageCoverage;
  private List<PagePicture> pictures;

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
        pictures = pdPage == null ? List.of() : PictureFinder.find(pdPage);
      } catch (IOException e) {
        throw new UncheckedIOException("page " + number + ": cannot read images", e);
      }
    }
    return pictures;
  }

  public PDPage pdPage() {
    return pdPage;
  }

  /** The document this page belongs to (null for in-memory pages); needed by tabula. */
  public PDDocument pdf() {
    return document;
  }

  private void readGlyphs() {
    if (glyphs != null) {
      return;
    }
    try {
      GlyphStripper.PageGlyphs read = new GlyphStripper().read(document, number);
      glyphs = read.glyphs();
      unmapped = read.unmapped();
    } catch (IOException e) {
      throw new UncheckedIOException("page " + number + ": cannot read text", e);
    }
  }
}
