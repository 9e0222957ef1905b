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
    assertTrue(shown.contains("4/4"), "final count drawn: " + shown);
    assertTrue(shown.contains("ETA"), shown);
    assertTrue(shown.lines().anyMatch(l -> l.strip().startsWith("failed NOT_PDF")),
        "failure on its own line: " + shown);
  }
}
