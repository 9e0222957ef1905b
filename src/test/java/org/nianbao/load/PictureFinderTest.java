package org.nianbao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The check that spares image-free pages a pass loses no picture. */
class PictureFinderTest {

  @Test
  void pagesSkippedByTheCheckDrawNoPicture() throws Exception {
    List<Path> pdfs = new ArrayList<>();
    for (String dir : List.of("born-digital", "seeds", "layouts", "page-breaks", "scanned")) {
      try (Stream<Path> s = Files.list(Path.of("testdata", dir))) {
        s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
      }
    }
    int skipped = 0;
    int withPictures = 0;
    for (Path pdf : pdfs) {
      try (LoadedDocument doc = new PdfBoxDocumentLoader().load(pdf)) {
        for (LoadedPage page : doc.pages()) {
          List<PagePicture> all = PictureFinder.findAll(page.pdPage());
          if (!PictureFinder.mayDrawImages(page.pdPage())) {
            skipped++;
            assertEquals(List.of(), all, pdf.getFileName() + " p" + page.number());
          }
          withPictures += all.isEmpty() ? 0 : 1;
        }
      }
    }
    System.out.printf("%d pages skipped, %d with pictures%n", skipped, withPictures);
    assertTrue(skipped > 0 && withPictures > 0);
  }

  @Test
  void inlineImageOperatorIsFoundAsAToken() {
    assertTrue(PictureFinder.hasInlineImage(bytes("q 10 0 0 10 0 0 cm\nBI /W 1 /H 1 ID x EI Q")));
    assertTrue(PictureFinder.hasInlineImage(bytes("BI/W 1")));
    assertFalse(PictureFinder.hasInlineImage(bytes("BT /F1 12 Tf (ABIDE) Tj ET /BIx Do")));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
