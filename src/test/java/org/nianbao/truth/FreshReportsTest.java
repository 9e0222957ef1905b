package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.Options;

/**
 * A property test over reports nobody has seen before: every run draws a new seed, generates
 * fresh random reports with {@code scripts/gen-layouts} (title forms, zero marks, picture tables,
 * page breaks at any row, landscape pages, two producers, partly ruled tables, documents that are
 * not reports), scans some of them with {@code scripts/gen-scans}, and checks every figure and
 * report field against the truth the generator wrote before rendering. The seed is printed;
 * {@code -Dcorpus.seed=N} reproduces a run, {@code -Dcorpus.count=K} and {@code -Dcorpus.scans=M}
 * size it ({@code scripts/fresh-corpus} runs a large one).
 *
 * <p>Born-digital reports must be read exactly; a copy of each with every page carrying
 * {@code /Rotate 90} must give the same figures and report fields. Figures read by OCR (scans,
 * tables pasted as pictures) may only be wrong where the output flags the figure (null,
 * confidence below 0.9, or a failed check). Layout classes not yet read exactly are listed in
 * {@link #EXACT_GAPS} with the reason: their documents are held to the flagged-only rule and
 * their accuracy is printed, never hidden; the list may only shrink.
 */
class FreshReportsTest {
  private static final long SEED =
      Long.getLong("corpus.seed", ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
  private static final int COUNT = Integer.getInteger("corpus.count", 6);
  private static final int SCANS = Integer.getInteger("corpus.scans", 2);
  private static final Path ROOT = Path.of("target/fresh-corpus/seed-" + SEED);

  /**
   * Classes whose born-digital documents are not yet read exactly: figure by figure they must be
   * right or flagged, with the reason.
   */
  static final java.util.Map<String, String> EXACT_GAPS = java.util.Map.of(
      "picture-table", "the pictured table is read by OCR: a zero mark in a picture can read"
          + " as a digit (flagged), and a pictured table ruled only horizontally is not read",
      "h-rules-only", "a table of zero marks (—, ／) ruled only horizontally and split by a page"
          + " break loses its columns after the break (null and flagged)");

  /**
   * Classes not scanned in this test: their scans are not read yet, measured by
   * scripts/fresh-corpus instead. None at present (h-rules-only scans get their columns from
   * the alignment of their text).
   */
  static final java.util.Set<String> NOT_SCANNED = java.util.Set.of();

  private static final ClassLedger BORN_DIGITAL = new ClassLedger("fresh/born-digital");
  private static final ClassLedger ROTATED = new ClassLedger("fresh/rotated");
  private static final ClassLedger SCANNED = new ClassLedger("fresh/scanned");

  @TestFactory
  Stream<DynamicTest> freshReportsMatchTheirTruth() throws Exception {
    System.out.println("fresh corpus: seed " + SEED + ", " + COUNT + " reports, " + SCANS
        + " scanned (reproduce with -Dcorpus.seed=" + SEED + ")");
    Path born = ROOT.resolve("born-digital");
    Path scanned = ROOT.resolve("scanned");
    Path rotated = ROOT.resolve("rotated");
    run(List.of("scripts/gen-layouts", "--seed", Long.toString(SEED), "--count",
        Integer.toString(COUNT), "--out", born.toString(), "--jobs", "2"), 60L * COUNT);
    List<TruthDocument> docs = TruthDocument.loadDir("fresh/born-digital", born);
    assertEquals(COUNT, docs.size(), "the generator made every document");

    List<DynamicTest> tests = new ArrayList<>();
    int scans = 0;
    Files.createDirectories(rotated);
    for (TruthDocument doc : docs) {
      boolean exact = !hasClass(doc, EXACT_GAPS.keySet());
      tests.add(DynamicTest.dynamicTest(doc.name(),
          () -> check(doc, BORN_DIGITAL, exact)));
      if (isReport(doc)) {
        Path turned = rotated.resolve(doc.pdf().getFileName());
        rotateEveryPage(doc.pdf(), turned, 90);
        TruthDocument copy = new TruthDocument("fresh/rotated", turned, doc.truth());
        tests.add(DynamicTest.dynamicTest(copy.name(), () -> check(copy, ROTATED, exact)));
      }
      if (scans < SCANS && isReport(doc) && !hasClass(doc, NOT_SCANNED)) {
        String name = doc.pdf().getFileName().toString().replace(".pdf", "");
        run(List.of("scripts/gen-scans", "--src", born.toString(), "--out", scanned.toString(),
            "--only", name), 300);
        scans++;
      }
    }
    for (TruthDocument doc : TruthDocument.loadDir("fresh/scanned", scanned)) {
      tests.add(DynamicTest.dynamicTest(doc.name(), () -> checkFlagged(doc)));
    }
    return tests.stream();
  }

  private static boolean isReport(TruthDocument doc) {
    return !doc.truth().path("notAReport").asBoolean(false);
  }

  private static boolean hasClass(TruthDocument doc, java.util.Set<String> classes) {
    for (JsonNode c : doc.truth().path("classes")) {
      if (classes.contains(c.asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Born-digital (and rotated born-digital): every figure and report field as in the truth; a
   * document of a class in {@link #EXACT_GAPS}: every figure right or flagged.
   */
  private static void check(TruthDocument doc, ClassLedger ledger, boolean exact)
      throws Exception {
    JsonNode actual = TruthRun.extract(doc, Options.defaults());
    assertEquals("", ReportSchema.errors(actual), "output violates the JSON Schema");
    if (!isReport(doc)) {
      ledger.addNotAReport(doc, actual);
      assertEquals("unknown", actual.path("report").path("template").asText(), "template");
      assertTrue(hasWarning(actual, "NOT_A_REPORT"), "a document that is not a report says so");
      return;
    }
    assertTrue(!hasWarning(actual, "NOT_A_REPORT"), "a report is not NOT_A_REPORT");
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    ledger.add(doc, c);
    if (!c.mismatches.isEmpty() || !c.fieldMismatches.isEmpty() || !c.checksMatch()) {
      TruthRun.writeDiff(doc, c);
    }
    assertEquals(List.of(), c.fieldMismatches, "report fields");
    if (!exact) {
      assertEquals(0, c.mismatches.stream().filter(m -> !m.flagged()).count(),
          () -> "wrong figures must be flagged (null, confidence < 0.9 or a failed check): "
              + c.mismatches.stream().filter(m -> !m.flagged()).limit(8).toList());
      return;
    }
    assertEquals(0, c.mismatches.size(), () -> c.mismatches.size() + " figures differ, first: "
        + c.mismatches.stream().limit(8).map(Object::toString).toList());
    assertEquals(c.expectedFailedChecks, c.actualFailedChecks, "failed checks");
  }

  /** Scans: a wrong figure must be flagged; accuracy is accumulated and judged over the run. */
  private static void checkFlagged(TruthDocument doc) throws Exception {
    JsonNode actual = TruthRun.extract(doc, Options.defaults());
    assertEquals("", ReportSchema.errors(actual), "output violates the JSON Schema");
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    SCANNED.add(doc, c);
    if (!c.mismatches.isEmpty() || !c.fieldMismatches.isEmpty() || !c.checksMatch()) {
      TruthRun.writeDiff(doc, c);
    }
    assertEquals(0, c.mismatches.stream().filter(m -> !m.flagged()).count(),
        () -> "wrong figures must be flagged (null, confidence < 0.9 or a failed check): "
            + c.mismatches.stream().filter(m -> !m.flagged()).limit(8).toList());
  }

  private static boolean hasWarning(JsonNode report, String code) {
    for (JsonNode w : report.path("warnings")) {
      if (code.equals(w.path("code").asText())) {
        return true;
      }
    }
    return false;
  }

  /** A copy whose every page is displayed turned by {@code degrees} more, content unchanged. */
  static void rotateEveryPage(Path in, Path out, int degrees) throws IOException {
    try (PDDocument d = PDDocument.load(in.toFile())) {
      for (PDPage p : d.getPages()) {
        p.setRotation((p.getRotation() + degrees) % 360);
      }
      d.save(out.toFile());
    }
  }

  private static void run(List<String> command, long timeoutSeconds) throws Exception {
    Path log = Files.createTempFile("fresh-corpus", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(log);
    Files.delete(log);
    System.out.print(out);
    assertTrue(done && p.exitValue() == 0,
        String.join(" ", command) + (done ? " exited " + p.exitValue() : " timed out") + "\n" + out);
  }

  @AfterAll
  static void report() throws IOException {
    for (ClassLedger l : List.of(BORN_DIGITAL, ROTATED, SCANNED)) {
      l.print(SEED);
    }
    // Fresh scans are held per document to right-or-flagged; their accuracy (goal 0.998) is
    // printed here and measured at size by scripts/fresh-corpus: over two scans one page that
    // reads badly moves it by several points, so no floor is asserted on it.
  }

  /** Accuracy overall and per layout class of the generator ({@code classes} in the truth). */
  static final class ClassLedger {
    final String set;
    final AccuracyLedger total;
    final java.util.Map<String, AccuracyLedger> byClass = new java.util.TreeMap<>();
    int notReports;
    int notReportsRight;

    ClassLedger(String set) {
      this.set = set;
      this.total = new AccuracyLedger(set);
    }

    synchronized void add(TruthDocument doc, FigureComparison c) {
      total.add(doc.name(), c);
      for (JsonNode cls : doc.truth().path("classes")) {
        byClass.computeIfAbsent(cls.asText(), k -> new AccuracyLedger(set + "/" + k))
            .add(doc.name(), c);
      }
    }

    synchronized void addNotAReport(TruthDocument doc, JsonNode actual) {
      notReports++;
      if (hasWarning(actual, "NOT_A_REPORT")
          && "unknown".equals(actual.path("report").path("template").asText())) {
        notReportsRight++;
      }
    }

    synchronized void print(long seed) throws IOException {
      if (total.documents == 0 && notReports == 0) {
        return;
      }
      System.out.println(total.summary() + " (seed " + seed + ")");
      total.lines.forEach(System.out::println);
      for (var e : byClass.entrySet()) {
        AccuracyLedger l = e.getValue();
        System.out.println(String.format(Locale.ROOT,
            "  class %-24s documents %3d  figures %5d/%5d = %.4f  wrong unflagged %d  fields %d/%d",
            e.getKey(), l.documents, l.correct, l.figures, l.figureAccuracy(), l.wrongUnflagged,
            l.fieldsRight, l.documents));
      }
      if (notReports > 0) {
        System.out.println("  not-a-report documents told apart: " + notReportsRight + "/"
            + notReports);
      }
      total.write();
    }
  }
}
