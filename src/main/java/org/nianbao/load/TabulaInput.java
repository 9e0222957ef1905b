package org.nianbao.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.TextStripper;
import technology.tabula.Utils;

/**
 * What tabula's page model needs, collected by the loader's one pass over the page: tabula's
 * rulings and the page's glyphs in content-stream order. {@link #page()} builds the
 * {@link Page} that tabula's {@code ObjectExtractor} would build with two more passes of its own:
 * the same text elements (tabula sizes glyphs with its own font-height rule, filters blank ones
 * the same way and sorts them alike), the same rulings, the same minimum glyph size.
 */
final class TabulaInput {
  private static final String NBSP = "\u00A0";
  /** Tabula drops a blank glyph this many times taller than the average so far. */
  private static final float TALL_BLANK = 6.0f;
  private static final float MAX_BLANK_FONT_SIZE = 40.0f;
  private static final float MIN_BLANK_FONT_SIZE = 2.0f;

  private final PDDocument document;
  private final int pageNumber;
  private final List<Ruling> rulings;
  private final Exception failure;
  // the glyphs' fields tabula reads, kept instead of the heavier TextPositions (a document's
  // pages stay loaded until it is done)
  private final String[] unicode;
  private final PDFont[] font;
  private final float[] x;
  private final float[] y;
  private final float[] width;
  private final float[] fontSize;
  private final float[] spaceWidth;
  private final float[] direction;
  private final float[] scaleY;

  /**
   * @param rulings tabula's rulings, unprocessed
   * @param failure what stopped tabula's ruling finder on this page, or null
   * @param text the glyphs in content-stream (not reading) order
   * @param scaleY vertical scale of each glyph's text rendering matrix
   */
  TabulaInput(PDDocument document, int pageNumber, List<Ruling> rulings, Exception failure,
      List<TextPosition> text, float[] scaleY) {
    this.document = document;
    this.pageNumber = pageNumber;
    this.rulings = rulings;
    this.failure = failure;
    int n = text.size();
    unicode = new String[n];
    font = new PDFont[n];
    x = new float[n];
    y = new float[n];
    width = new float[n];
    fontSize = new float[n];
    spaceWidth = new float[n];
    direction = new float[n];
    for (int i = 0; i < n; i++) {
      TextPosition tp = text.get(i);
      unicode[i] = tp.getUnicode();
      font[i] = tp.getFont();
      x[i] = tp.getXDirAdj();
      y[i] = tp.getYDirAdj();
      width[i] = tp.getWidthDirAdj();
      fontSize[i] = tp.getFontSizeInPt();
      spaceWidth[i] = tp.getWidthOfSpace();
      direction[i] = tp.getDir();
    }
    this.scaleY = scaleY;
  }

  /**
   * Copies of tabula's unprocessed rulings.
   *
   * @throws UncheckedIOException when the content stream stopped tabula's ruling finder
   */
  List<Ruling> rulings() {
    checkRulings();
    List<Ruling> copies = new ArrayList<>(rulings.size());
    for (Ruling r : rulings) {
      copies.add((Ruling) r.clone());
    }
    return copies;
  }

  private void checkRulings() {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure != null) {
      throw new UncheckedIOException(
          "page " + pageNumber + ": content unreadable", (IOException) failure);
    }
  }

  /**
   * A fresh tabula page (tabula snaps its rulings in place, so each call copies them).
   *
   * @throws UncheckedIOException when the content stream stopped tabula's ruling finder
   */
  Page page() {
    List<Ruling> copies = rulings();
    PDPage pdPage = document.getPage(pageNumber - 1);
    FontHeights heights;
    try {
      heights = new FontHeights();
    } catch (IOException e) {
      throw new UncheckedIOException("page " + pageNumber + ": content unreadable", e);
    }
    Map<COSDictionary, Float> fontHeight = new HashMap<>();
    ArrayList<TextElement> elements = new ArrayList<>(unicode.length);
    RectangleSpatialIndex<TextElement> index = new RectangleSpatialIndex<>();
    float minWidth = Float.MAX_VALUE;
    float minHeight = Float.MAX_VALUE;
    float totalHeight = 0;
    int counted = 0;
    for (int i = 0; i < unicode.length; i++) {
      String c = unicode[i];
      if (!printable(c)) {
        continue;
      }
      PDFont f = font[i];
      Float fh = fontHeight.get(f.getCOSObject());
      if (fh == null) {
        try {
          fh = heights.of(f);
        } catch (IOException e) {
          throw new UncheckedIOException("page " + pageNumber + ": content unreadable", e);
        }
        fontHeight.put(f.getCOSObject(), fh);
      }
      float h = Math.abs(fh * scaleY[i]);
      if (c.equals(NBSP)) {
        c = " ";
      }
      TextElement te = new TextElement(Utils.round(y[i] - h, 2), Utils.round(x[i], 2),
          Utils.round(width[i], 2), Utils.round(h, 2), f, fontSize[i], c, spaceWidth[i],
          direction[i]);
      minWidth = (float) Math.min(minWidth, te.getWidth());
      minHeight = (float) Math.min(minHeight, te.getHeight());
      counted++;
      totalHeight += te.getHeight();
      float average = totalHeight / counted;
      if (te.getText() == null || te.getText().trim().equals("")) {
        if (average > 0 && te.getHeight() >= average * TALL_BLANK) {
          continue;
        }
        if (fontSize[i] > MAX_BLANK_FONT_SIZE || fontSize[i] < MIN_BLANK_FONT_SIZE) {
          continue;
        }
      }
      index.add(te);
      elements.add(te);
    }
    Utils.sort(elements, Rectangle.ILL_DEFINED_ORDER);
    int rotation = pdPage.getRotation();
    boolean turned = Math.abs(rotation) == 90 || Math.abs(rotation) == 270;
    float width = turned ? pdPage.getCropBox().getHeight() : pdPage.getCropBox().getWidth();
    float height = turned ? pdPage.getCropBox().getWidth() : pdPage.getCropBox().getHeight();
    @SuppressWarnings("deprecation")
    Page page = new Page(0, 0, width, height, rotation, pageNumber, pdPage, document, elements,
        copies, minWidth, minHeight, index);
    return page;
  }

  /** Whether tabula keeps a glyph: some character neither a control nor in Specials. */
  private static boolean printable(String s) {
    boolean printable = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
      printable |= !Character.isISOControl(c) && block != null
          && block != Character.UnicodeBlock.SPECIALS;
    }
    return printable;
  }

  /** Tabula's font-height rule (it differs from PDFBox's), reached through its stripper. */
  private static final class FontHeights extends TextStripper {
    FontHeights() throws IOException {
      super(null, 1);
    }

    float of(PDFont font) throws IOException {
      return computeFontHeight(font);
    }
  }
}
