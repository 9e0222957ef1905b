package org.nianbao.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.batch.BatchOptions;
import org.nianbao.batch.BatchResult;
import org.nianbao.batch.BatchRunner;
import org.nianbao.batch.DocumentStatus;
import org.nianbao.batch.Manifest;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.ProgressMode;
import org.nianbao.batch.TestPdfs;

/**
 * Crafted hostile PDFs, each a few KB, through the whole pipeline in one batch: broken page
 * trees, bytes after the end marker, images declaring billions of pixels, streams inflating to
 * a GiB, forms drawing each other a billion times. Each input ends typed and on its own.
 */
class HostileInputsTest {
  @TempDir static Path tmp;
  static Map<String, ManifestEntry> latest;
  static BatchResult result;
  static Path in;
  static Path out;

  @BeforeAll
  static void runBatch() throws Exception {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    TestPdfs.write(in.resolve("count-low.pdf"), TestPdfs.wrongPageCount(1));
    TestPdfs.write(in.resolve("count-high.pdf"), TestPdfs.wrongPageCount(7));
    TestPdfs.write(in.resolve("kids-loop.pdf"), TestPdfs.kidsLoop());
    TestPdfs.write(in.resolve("html-tail.pdf"),
        TestPdfs.withTrailingGarbage(TestPdfs.onePage("tail"), 8192));
    TestPdfs.write(in.resolve("image-60000.pdf"), TestPdfs.hugeImage(60000, 60000));
    TestPdfs.write(in.resolve("image-40000.pdf"), TestPdfs.hugeImage(40000, 40000));
    TestPdfs.write(in.resolve("inflate-bomb.pdf"), TestPdfs.inflateBomb(300));
    TestPdfs.write(in.resolve("double-inflate-bomb.pdf"), TestPdfs.doubleInflateBomb(300));
    TestPdfs.write(in.resolve("form-bomb.pdf"), TestPdfs.formBomb(30, 2));
    result = new BatchRunner(BatchOptions.builder(out).jobs(2).timeout(Duration.ofSeconds(60))
        .progress(ProgressMode.QUIET).progressOut(new PrintStream(new ByteArrayOutputStream()))
        .toolVersion("hostile").build(),
        Nianbao.create(Options.defaults())::extractFile).run(List.of(in));
    latest = Manifest.readLatest(out);
  }

  private static ManifestEntry entry(String name) {
    return latest.get(in.resolve(name).toString());
  }

  private static JsonNode output(String name) throws Exception {
    return new ObjectMapper().readTree(out.resolve(entry(name).output()).toFile());
  }

  private static void assertPageWarning(String name, String code) throws Exception {
    ManifestEntry e = entry(name);
    assertTrue(e.status().succeeded(), name + ": " + e.errorCode() + " " + e.message());
    boolean found = false;
    for (JsonNode w : output(name).path("warnings")) {
      found |= code.equals(w.path("code").asText()) && w.path("page").asInt() == 1;
    }
    assertTrue(found, name + ": " + output(name).path("warnings"));
  }

  @Test
  void nothingTimesOutOrFailsInternally() {
    for (ManifestEntry e : latest.values()) {
      assertNotEquals(ErrorCode.INTERNAL, e.errorCode(), e.path() + ": " + e.message());
      assertNotEquals(ErrorCode.TIMEOUT, e.errorCode(), e.path() + ": " + e.message());
    }
    assertEquals(0, result.abandonedThreads());
    assertEquals(9, latest.size());
  }

  @Test
  void wrongPageCountReadsEveryPage() throws Exception {
    for (String name : List.of("count-low.pdf", "count-high.pdf")) {
      ManifestEntry e = entry(name);
      assertTrue(e.status().succeeded(), name + ": " + e.message());
      assertEquals(3, e.pages(), name);
      assertEquals(3, output(name).path("source").path("pageCount").asInt());
    }
  }

  @Test
  void pageTreeLoopIsBrokenNotFollowed() {
    ManifestEntry e = entry("kids-loop.pdf");
    assertTrue(e.status().succeeded() || e.errorCode() == ErrorCode.CORRUPT_PDF, e.message());
    if (e.status().succeeded()) {
      assertEquals(1, e.pages());
    }
  }

  @Test
  void trailingHtmlAfterTheEndMarkerIsAccepted() {
    // accepted and read: a one-line test page is no report, which is a success, not CORRUPT_PDF
    assertEquals(DocumentStatus.NOT_A_REPORT, entry("html-tail.pdf").status(),
        entry("html-tail.pdf").message());
  }

  @Test
  void hugeDeclaredImagesAreRefusedBeforeDecoding() throws Exception {
    assertPageWarning("image-60000.pdf", "PAGE_TOO_LARGE");
    assertPageWarning("image-40000.pdf", "PAGE_TOO_LARGE");
  }

  @Test
  void inflateBombStopsAtTheStreamLimit() throws Exception {
    assertPageWarning("inflate-bomb.pdf", "PAGE_TOO_LARGE");
    assertPageWarning("double-inflate-bomb.pdf", "PAGE_TOO_LARGE");
  }

  @Test
  void selfMultiplyingFormsAreRefused() throws Exception {
    assertPageWarning("form-bomb.pdf", "PAGE_TOO_LARGE");
  }
}
