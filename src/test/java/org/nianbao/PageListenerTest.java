package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nianbao.batch.DocumentExtractor;
import org.nianbao.model.Report;

/** The extractor a batch uses tells its page listener of every page as it is read. */
class PageListenerTest {
  @Test
  void everyPageIsToldInOrderWithTheDocumentsPageCount() throws Exception {
    Path pdf = Path.of("testdata/born-digital/gb2019-01.pdf"); // 5 pages (poppler's pdfinfo)
    List<String> told = new CopyOnWriteArrayList<>();
    try (Nianbao n = Nianbao.builder().ocrStrategy(Options.OcrStrategy.NO_OCR).build()) {
      Report r = DocumentExtractor.of(n).extract(pdf, "named.pdf",
          (page, count) -> told.add(page + "/" + count));
      assertEquals("named.pdf", r.source().file());
      List<String> expected = List.of("1/5", "2/5", "3/5", "4/5", "5/5");
      assertEquals(expected, told);
    }
  }
}
