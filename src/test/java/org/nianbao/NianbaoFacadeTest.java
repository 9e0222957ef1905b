package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nianbao.extract.PageReading;
import org.nianbao.extract.image.ImagePageReader;
import org.nianbao.extract.image.PageImage;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.pipeline.DefaultStages;

/** Every option reaches the pipeline through the facade, per instance and per call. */
class NianbaoFacadeTest {
  private static final Path BORN = Path.of("testdata/born-digital/gb2021-02.pdf");
  private static final Path SCAN = Path.of("testdata/scanned/gb2021-02.pdf");

  private static long tablesBy(Report r, String method) {
    return r.tables().stream().map(Table::method).filter(method::equals).count();
  }

  @Test
  void perCallTableMethodIsHonoured() throws Exception {
    try (Nianbao n = Nianbao.create(Options.defaults())) {
      Report auto = n.extractFile(BORN);
      assertTrue(tablesBy(auto, "lattice") > 0, "ruled tables are read as lattice by default");
      Report stream = n.extractFile(BORN,
          Options.builder().tableMethod(Options.TableMethod.STREAM).build());
      assertEquals(0, tablesBy(stream, "lattice"), "STREAM per call gives no lattice table");
      assertTrue(tablesBy(stream, "stream") > 0);
    }
  }

  @Test
  void perCallOcrLanguageAndTessdataAreHonoured() throws Exception {
    try (Nianbao n = Nianbao.create(Options.defaults())) {
      Report lang = n.extractFile(SCAN, Options.builder().ocrLanguage("no_such_lang").build());
      assertTrue(hasWarning(lang, "OCR_UNAVAILABLE"), "an unknown language is used, not ignored");
      Report dir = n.extractFile(SCAN,
          Options.builder().tessdata(Path.of("/nonexistent/tessdata")).build());
      assertTrue(hasWarning(dir, "OCR_UNAVAILABLE"), "the given tessdata folder is used");
    }
  }

  @Test
  void perCallOcrStrategyPagesAndTimeoutAreHonoured() throws Exception {
    try (Nianbao n = Nianbao.create(Options.defaults())) {
      Report off = n.extractFile(SCAN,
          Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR).build());
      assertTrue(hasWarning(off, "OCR_SKIPPED"));
      NianbaoException pages = assertThrows(NianbaoException.class,
          () -> n.extractFile(BORN, Options.builder().maxPages(1).build()));
      assertEquals(ErrorCode.TOO_MANY_PAGES, pages.code());
      NianbaoException time = assertThrows(NianbaoException.class,
          () -> n.extractFile(BORN, Options.builder().timeout(Duration.ofNanos(1)).build()));
      assertEquals(ErrorCode.TIMEOUT, time.code());
    }
  }

  @Test
  void closingReleasesTheImageReaderAndRefusesLaterCalls() throws Exception {
    AtomicInteger closed = new AtomicInteger();
    ImagePageReader counting = new ImagePageReader() {
      @Override
      public PageImage prepare(LoadedPage page, Options options) {
        throw new UnsupportedOperationException();
      }

      @Override
      public PageReading read(PageImage image, Options options) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    };
    Nianbao n = Nianbao.with(DefaultStages.create().withImageReader(counting), Options.defaults());
    n.extractFile(BORN);
    n.close();
    assertEquals(1, closed.get());
    assertThrows(IllegalStateException.class, () -> n.extractFile(BORN));
  }

  @Test
  void customStagesRefuseAnOverrideTheyCannotHonour() throws Exception {
    try (Nianbao n = Nianbao.with(DefaultStages.create(), Options.defaults())) {
      assertThrows(IllegalArgumentException.class, () -> n.extractFile(BORN,
          Options.builder().tableMethod(Options.TableMethod.STREAM).build()));
      // a run-time option alone is fine
      assertEquals(Optional.of(4), Optional.of(n.extractFile(BORN,
          Options.builder().maxPages(10).build()).source().pageCount()));
    }
  }

  @Test
  void openAndCloseRepeatedly() throws Exception {
    for (int i = 0; i < 5; i++) {
      try (Nianbao n = Nianbao.create(Options.defaults())) {
        assertEquals(4, n.extractFile(BORN).source().pageCount());
      }
    }
  }

  private static boolean hasWarning(Report r, String code) {
    return r.warnings().stream().anyMatch(w -> w.code().equals(code));
  }
}
