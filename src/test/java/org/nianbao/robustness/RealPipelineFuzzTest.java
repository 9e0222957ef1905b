package org.nianbao.robustness;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.batch.BatchOptions;
import org.nianbao.batch.BatchResult;
import org.nianbao.batch.BatchRunner;
import org.nianbao.batch.Manifest;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.ProgressMode;
import org.nianbao.batch.TestMutations;

/**
 * Seeded byte mutations of a real annual-report PDF through the whole pipeline (loader, tabula,
 * reconciler): no uncaught exception, no hang, a code for every failure, JSON for every success.
 */
class RealPipelineFuzzTest {
  private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 1000);

  @TempDir Path tmp;

  @Test
  void mutatedReportsNeverBreakTheRealPipeline() throws Exception {
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
    Logger.getLogger("org.apache.fontbox").setLevel(Level.OFF);
    Path original;
    try (Stream<Path> s = Files.list(Path.of("testdata/seeds"))) {
      original = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
    }
    byte[] good = Files.readAllBytes(original);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("original.pdf"), good);
    Random rnd = new Random(20261202L);
    for (int i = 0; i < MUTANTS; i++) {
      Files.write(in.resolve(String.format("m%04d.pdf", i)), TestMutations.mutate(good, rnd));
    }
    Path out = tmp.resolve("out");
    // A mutated font table turns the text layer into noise, which AUTO would send to OCR: that
    // path is exercised by the scanned and garbage-text-layer tests; here it would only make
    // 1500 mutants slow. Parsing, tables, reconciling and writing are what is fuzzed.
    Nianbao nianbao = Nianbao.create(
        Options.builder().ocrStrategy(Options.OcrStrategy.NO_OCR).build());
    BatchResult r = new BatchRunner(BatchOptions.builder(out).jobs(2)
        .timeout(Duration.ofSeconds(60)).progress(ProgressMode.QUIET)
        .progressOut(new PrintStream(new ByteArrayOutputStream())).toolVersion("fuzz").build(),
        nianbao::extractFile).run(List.of(in));

    Map<String, ManifestEntry> latest = Manifest.readLatest(out);
    assertEquals(MUTANTS + 1, latest.size());
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> outcomes = new TreeMap<>();
    java.util.Set<String> internal = new java.util.TreeSet<>();
    for (ManifestEntry e : latest.values()) {
      outcomes.merge(e.status().id() + (e.errorCode() == null ? "" : " " + e.errorCode()), 1,
          Integer::sum);
      if (e.status().succeeded()) {
        assertNotNull(e.output(), e.path());
        assertTrue(json.readTree(out.resolve(e.output()).toFile()).has("data"), e.path());
      } else {
        assertNotNull(e.errorCode(), e.path());
        assertNotNull(e.message(), e.path());
        if (e.errorCode() == org.nianbao.ErrorCode.INTERNAL) {
          internal.add(e.message().replaceAll("m\\d{4}\\.pdf", "mNNNN.pdf"));
        }
      }
    }
    assertEquals(0, r.abandonedThreads(), "no mutant hit the time limit: " + outcomes);
    assertTrue(latest.get(in.resolve("original.pdf").toString()).status().succeeded());
    System.out.println("real-pipeline mutation outcomes: " + outcomes + "; " + r.describe());
    internal.forEach(m -> System.out.println("  INTERNAL: " + m));
  }
}
