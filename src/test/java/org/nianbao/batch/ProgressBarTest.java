package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal progress bar: one line rewritten with \r, failures on lines of their own. */
class ProgressBarTest {
  @TempDir Path tmp;

  @Test
  void barRewritesOneLineAndKeepsFailuresVisible() throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < 3; i++) {
      TestPdfs.write(in.resolve("r" + i + ".pdf"), TestPdfs.onePage("report " + i));
    }
    Files.writeString(in.resolve("broken.pdf"), "<html>gone</html>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new BatchRunner(BatchOptions.builder(tmp.resolve("out")).jobs(2)
        .progress(ProgressMode.BAR).progressOut(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .toolVersion("bar-test").build(), new FakeExtractor(0)).run(List.of(in));
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("\r"), shown);
    assertTrue(shown.contains("4/4 docs"), "final count drawn: " + shown);
    assertTrue(shown.contains("100%"), shown);
    assertTrue(shown.lines().anyMatch(l -> l.strip().startsWith("failed NOT_PDF")),
        "failure on its own line: " + shown);
  }

  /** The bar as the library renders it, caught instead of drawn; redrawn on demand. */
  private static List<String> renders(BarProgress[] bar) {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    bar[0] = new BarProgress(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new me.tongfei.progressbar.DelegatingProgressBarConsumer(
            lines::add, 120));
    return lines;
  }

  private static String last(List<String> lines) {
    return lines.get(lines.size() - 1);
  }

  @Test
  void everyPageReadMovesTheBarBeforeItsDocumentEnds() {
    BarProgress[] holder = new BarProgress[1];
    List<String> lines = renders(holder);
    BarProgress bar = holder[0];
    bar.start(2, 0);
    bar.redraw();
    assertTrue(last(lines).contains("  0%"), last(lines));
    bar.page("/in/scan.pdf", 1, 4); // a quarter of the first of two documents: 12.5%
    bar.redraw();
    assertTrue(last(lines).contains(" 12%"), last(lines));
    assertTrue(last(lines).contains("1 pages"), last(lines));
    bar.page("/in/scan.pdf", 4, 4); // every page read, the document not yet written: below 50%
    bar.redraw();
    assertTrue(last(lines).contains(" 49%"), last(lines));
    bar.done(new ManifestEntry("/in/scan.pdf", "scan.json", 1, "ab", DocumentStatus.OK, null,
        null, 4, 1.0, "t", java.time.Instant.EPOCH, null));
    bar.page("/in/scan.pdf", 3, 4); // a timed-out extraction still running counts no more
    bar.redraw();
    assertTrue(last(lines).contains(" 50%") && last(lines).contains("1/2 docs"), last(lines));
    assertTrue(last(lines).contains("4 pages"), last(lines));
    bar.done(new ManifestEntry("/in/bad.pdf", null, 1, "cd", DocumentStatus.FAILED,
        org.nianbao.ErrorCode.NOT_PDF, "html", null, 0.1, "t", java.time.Instant.EPOCH, null));
    bar.close();
    assertTrue(last(lines).contains("100%") && last(lines).contains("2/2 docs")
        && last(lines).contains("1 failed"), last(lines));
  }

  @Test
  void batchRunnerPassesPagesToTheBar() throws Exception {
    Path in = tmp.resolve("in");
    TestPdfs.write(in.resolve("long.pdf"), TestPdfs.onePage("long scan"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    DocumentExtractor slow = new DocumentExtractor() {
      @Override
      public org.nianbao.model.Report extract(Path pdf) throws org.nianbao.NianbaoException {
        throw new AssertionError("the batch asks with a page listener");
      }

      @Override
      public org.nianbao.model.Report extract(Path pdf, String name,
          org.nianbao.Options.PageListener pages) {
        pages.pageRead(7, 9);
        // the bar's own timer draws the page count while the document is still being read
        long until = System.nanoTime() + 30_000_000_000L;
        while (!bytes.toString(StandardCharsets.UTF_8).contains("7 pages")
            && System.nanoTime() < until) {
          Thread.onSpinWait();
        }
        try {
          return TestPdfs.fakeReport(pdf, 9).withSourceFile(name);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    new BatchRunner(BatchOptions.builder(tmp.resolve("out")).jobs(1)
        .progress(ProgressMode.BAR).progressOut(out).toolVersion("bar-test").build(), slow)
        .run(List.of(in));
    String shown = bytes.toString(StandardCharsets.UTF_8);
    int during = shown.indexOf("7 pages");
    assertTrue(during >= 0, "pages drawn while the document was read: " + shown);
    assertTrue(shown.indexOf("9 pages") > during, "then its page count: " + shown);
  }
}
