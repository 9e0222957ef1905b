package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of seeded byte mutations of a good PDF through PDFBox: the batch must finish, give
 * every failure a code and every success its JSON. The per-document bound is the runner's
 * timeout, not a timed assertion.
 */
class MutationFuzzTest {
  private static final int MUTANTS = 2500;
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  @TempDir Path tmp;

  @Test
  void mutatedPdfsNeverBreakTheBatch() throws Exception {
    PDFBOX_LOG.setLevel(Level.OFF); // mutants make PDFBox warn a lot; the noise slows the run
    byte[] good = TestPdfs.pages("Government information disclosure annual report", 2);
    Path in = tmp.resolve("in");
    Random rnd = new Random(20240101L);
    TestPdfs.write(in.resolve("original.pdf"), good);
    for (int i = 0; i < MUTANTS; i++) {
      TestPdfs.write(in.resolve(String.format("m%04d.pdf", i)), TestMutations.mutate(good, rnd));
    }
    Path out = tmp.resolve("out");
    BatchResult r = new BatchRunner(BatchOptions.builder(out).jobs(2)
        .timeout(Duration.ofSeconds(15)).progress(ProgressMode.QUIET)
        .progressOut(new PrintStream(new ByteArrayOutputStream())).toolVersion("fuzz").build(),
        new PdfBoxTextExtractor(0)).run(List.of(in));

    Map<String, ManifestEntry> latest = Manifest.readLatest(out);
    assertEquals(MUTANTS + 1, latest.size());
    assertEquals(MUTANTS + 1, r.total());
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (ManifestEntry e : latest.values()) {
      outcomes.merge(e.status().id() + (e.errorCode() == null ? "" : " " + e.errorCode()), 1,
          Integer::sum);
      if (e.status() == DocumentStatus.FAILED) {
        assertNotNull(e.errorCode(), e.path());
        assertNotNull(e.message(), e.path());
      } else {
        assertNotNull(e.output(), e.path());
        assertTrue(json.readTree(out.resolve(e.output()).toFile()).has("source"), e.path());
      }
    }
    assertEquals(DocumentStatus.OK, latest.get(in.resolve("original.pdf").toString()).status());
    assertTrue(Files.size(out.resolve(SummaryCsv.FILE_NAME)) > 0);
    System.out.println("mutation outcomes: " + outcomes + "; " + r.describe());
  }
}
