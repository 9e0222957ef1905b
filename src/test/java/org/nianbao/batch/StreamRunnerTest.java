package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming (--out -) gives every input the limits and typed errors of a folder run. */
class StreamRunnerTest {
  @TempDir Path tmp;

  @Test
  void timeoutAndOutOfMemoryCostOneInputEach() throws Exception {
    Path hangs = TestPdfs.write(tmp.resolve("a-hangs.pdf"), TestPdfs.onePage("hangs"));
    Path oom = TestPdfs.write(tmp.resolve("b-oom.pdf"), TestPdfs.onePage("oom"));
    Path good = TestPdfs.write(tmp.resolve("c-good.pdf"), TestPdfs.onePage("good"));
    Path html = TestPdfs.write(tmp.resolve("d-html.pdf"), TestPdfs.html());
    FakeExtractor fake = new FakeExtractor(0);
    byte[] hangsBytes = java.nio.file.Files.readAllBytes(hangs);
    byte[] oomBytes = java.nio.file.Files.readAllBytes(oom);
    DocumentExtractor x = pdf -> {
      byte[] bytes;
      try {
        bytes = java.nio.file.Files.readAllBytes(pdf); // a working copy: known by its bytes
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (java.util.Arrays.equals(bytes, hangsBytes)) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("woke up");
      }
      if (java.util.Arrays.equals(bytes, oomBytes)) {
        throw new OutOfMemoryError("Java heap space");
      }
      return fake.extract(pdf);
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int failed = new StreamRunner(x, Duration.ofMillis(500), 0)
        .run(List.of(hangs, oom, good, html), new PrintWriter(out), new PrintWriter(err));
    assertEquals(3, failed);
    String[] lines = out.toString().strip().split("\n");
    assertEquals(1, lines.length, out.toString());
    assertEquals("c-good.pdf", new ObjectMapper().readTree(lines[0]).path("source")
        .path("file").asText());
    String[] errors = err.toString().strip().split("\n");
    assertEquals(3, errors.length, err.toString());
    assertTrue(errors[0].contains("a-hangs.pdf: TIMEOUT"), errors[0]);
    assertTrue(errors[1].contains("b-oom.pdf: "), errors[1]);
    assertFalse(errors[1].contains("INTERNAL") && errors[1].contains("\tat "), errors[1]);
    assertTrue(errors[2].contains("d-html.pdf: NOT_PDF"), errors[2]);
  }
}
