package org.nianbao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * The tabula page built from the loader's one pass is the page tabula's own ObjectExtractor
 * builds with its two passes: same rulings, same text elements in the same order, same minimum
 * glyph size, same text found by area. Over every page of the bundled born-digital reports.
 */
class TabulaInputTest {

  @Test
  void onePassGivesTabulasOwnPageOnEveryBundledPage() throws Exception {
    List<Path> pdfs = new ArrayList<>();
    for (String dir : List.of("born-digital", "seeds", "layouts", "page-breaks")) {
      try (Stream<Path> s = Files.list(Path.of("testdata", dir))) {
        s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
      }
    }
    assertFalse(pdfs.isEmpty());
    int pages = 0;
    int rulings = 0;
    int elements = 0;
    for (Path pdf : pdfs) {
      try (LoadedDocument doc = new PdfBoxDocumentLoader().load(pdf)) {
        for (LoadedPage page : doc.pages()) {
          String where = pdf.getFileName() + " p" + page.number();
          Page ours = page.tabulaPage();
          Page theirs = new Extractor(page.uprightPdf()).page(page.uprightPageNumber());
          assertEquals(describe(theirs.getUnprocessedRulings()),
              describe(ours.getUnprocessedRulings()), where + " rulings");
          assertEquals(describe(theirs.getUnprocessedRulings()), describe(page.tabulaRulings()),
              where + " rulings alone");
          assertEquals(describeText(theirs.getText()), describeText(ours.getText()),
              where + " text");
          assertEquals(theirs.getMinCharWidth(), ours.getMinCharWidth(), where);
          assertEquals(theirs.getMinCharHeight(), ours.getMinCharHeight(), where);
          assertEquals(theirs.getWidth(), ours.getWidth(), where);
          assertEquals(theirs.getHeight(), ours.getHeight(), where);
          assertEquals(theirs.getRotation(), ours.getRotation(), where);
          // the spatial index and the processed rulings, as the stream reader uses them
          Page a = theirs.getArea(0, 0, (float) theirs.getHeight() / 2, (float) theirs.getWidth());
          Page b = ours.getArea(0, 0, (float) ours.getHeight() / 2, (float) ours.getWidth());
          assertEquals(describeText(a.getText()), describeText(b.getText()), where + " area");
          assertEquals(describe(a.getRulings()), describe(b.getRulings()), where + " area rulings");
          pages++;
          rulings += ours.getUnprocessedRulings().size();
          elements += ours.getText().size();
        }
      }
    }
    System.out.printf("%d pages, %d rulings, %d text elements identical%n", pages, rulings,
        elements);
    assertFalse(rulings == 0 || elements == 0);
  }

  private static String describe(List<Ruling> rulings) {
    StringBuilder b = new StringBuilder();
    for (Ruling r : rulings) {
      b.append(r.x1).append(',').append(r.y1).append(',').append(r.x2).append(',').append(r.y2)
          .append('\n');
    }
    return b.toString();
  }

  private static String describeText(List<TextElement> text) {
    StringBuilder b = new StringBuilder();
    for (TextElement t : text) {
      b.append(t.getText()).append(' ').append(t.x).append(',').append(t.y).append(',')
          .append(t.width).append(',').append(t.height).append(' ')
          .append(t.getFont() == null ? null : t.getFont().getName()).append(' ')
          .append(t.getFontSize()).append(' ').append(t.getWidthOfSpace()).append(' ')
          .append(t.getDirection()).append('\n');
    }
    return b.toString();
  }

  /** Tabula's own two-pass page, which throws instead of printing. */
  private static final class Extractor extends ObjectExtractor {
    Extractor(org.apache.pdfbox.pdmodel.PDDocument pdf) {
      super(pdf);
    }

    Page page(int number) throws IOException {
      return extractPage(number);
    }
  }
}
