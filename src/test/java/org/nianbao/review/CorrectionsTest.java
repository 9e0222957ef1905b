package org.nianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Main;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Check;
import org.nianbao.model.Provenance;
import org.nianbao.model.Report;
import org.nianbao.model.ValueSource;
import org.nianbao.truth.ReportSchema;

/**
 * Corrections applied to the golden output of seed 002, whose printed (七)总计 row has 0 for
 * 自然人 and 商业企业 while the rows above sum to 12 and 10 (the printed report is inconsistent;
 * five checks fail). A reviewer who types the sums makes every check pass.
 */
class CorrectionsTest {
  static final Path GOLDEN = Path.of("testdata/golden/seed-002.json");
  static final Instant AT = Instant.parse("2026-12-07T08:30:00Z");

  static Report golden() throws Exception {
    return ReportReader.read(GOLDEN);
  }

  static Corrections fix(Report r) {
    return new Corrections(r.source().file(), r.source().sha256(), List.of(
        new Corrections.Correction("applications.resultsTotal.naturalPerson", 12L, "0", "王芳", AT),
        new Corrections.Correction("applications.resultsTotal.commercialEnterprise", 10L, "0", "王芳",
            AT.plusSeconds(5))));
  }

  @Test
  void readerGivesBackTheWrittenReport() throws Exception {
    for (String name : List.of("seed-002", "seed-004")) {
      Path file = Path.of("testdata/golden/" + name + ".json");
      java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
      ReportJson.write(ReportReader.read(file), again);
      assertEquals(Files.readString(file).strip(), again.toString(StandardCharsets.UTF_8).strip(),
          name);
    }
  }

  @Test
  void reviewedValuesKeepTheCellAndTheExtractedValueAndChecksRunAgain() throws Exception {
    Report before = golden();
    assertEquals(5, before.failedCheckCount());
    Report after = fix(before).applyTo(before);

    assertEquals(12L, after.data().get("applications.resultsTotal.naturalPerson"));
    assertEquals(10L, after.data().get("applications.resultsTotal.commercialEnterprise"));
    Provenance was = before.provenance().get("applications.resultsTotal.naturalPerson");
    Provenance p = after.provenance().get("applications.resultsTotal.naturalPerson");
    assertEquals(ValueSource.REVIEWED, p.source());
    assertEquals("0", p.raw());
    assertEquals("王芳", p.reviewer());
    assertEquals(AT, p.reviewedAt());
    assertEquals(was.table(), p.table());
    assertEquals(was.row(), p.row());
    assertEquals(was.column(), p.column());
    assertEquals(was.page(), p.page());

    // newReceived 12 / 10 / total 22, carriedOver and carriedForward 0: every rule now holds
    assertEquals(before.checks().size(), after.checks().size());
    assertEquals(0, after.failedCheckCount(), after.checks().toString());
    Check row = after.checks().stream()
        .filter(c -> c.rule().equals("applications.rowTotal") && c.scope().equals("resultsTotal"))
        .findFirst().orElseThrow();
    assertEquals(22L, row.expected().longValue());
    assertEquals(22L, row.actual().longValue());

    JsonNode tree = ReportJson.toTree(after);
    assertEquals("", ReportSchema.errors(tree));
    JsonNode prov = tree.path("provenance").path("applications.resultsTotal.naturalPerson");
    assertEquals("reviewed", prov.path("source").asText());
    assertEquals("2026-12-07T08:30:00Z", prov.path("reviewedAt").asText());
    // untouched figures keep their provenance
    assertEquals(before.provenance().get("applications.granted.total"),
        after.provenance().get("applications.granted.total"));
  }

  @Test
  void applyingTwiceChangesNothingAndRawStaysTheExtractedValue() throws Exception {
    Report before = golden();
    Report once = fix(before).applyTo(before);
    Report twice = fix(before).applyTo(once);
    assertEquals(ReportJson.toTree(once), ReportJson.toTree(twice));
    Corrections later = new Corrections(null, before.source().sha256(), List.of(
        new Corrections.Correction("applications.resultsTotal.naturalPerson", 11L, "12", "李明",
            AT.plusSeconds(60))));
    Provenance p = later.applyTo(once).provenance().get("applications.resultsTotal.naturalPerson");
    assertEquals("0", p.raw());
    assertEquals("李明", p.reviewer());
  }

  @Test
  void aCorrectedSubRowIsSummedAgainIntoTheDerivedRow() throws Exception {
    Report before = golden();
    assertEquals(ValueSource.DERIVED,
        before.provenance().get("applications.otherHandling.naturalPerson").source());
    long others = before.data().get("applications.otherOverdueCorrection.naturalPerson").longValue()
        + before.data().get("applications.otherOverdueFee.naturalPerson").longValue();
    Corrections c = new Corrections(null, before.source().sha256(), List.of(
        new Corrections.Correction("applications.otherOther.naturalPerson", 7L, null, "王芳", AT)));
    Report after = c.applyTo(before);
    assertEquals(others + 7, after.data().get("applications.otherHandling.naturalPerson"));
    assertEquals(ValueSource.DERIVED,
        after.provenance().get("applications.otherHandling.naturalPerson").source());
  }

  @Test
  void refusedForAnotherDocumentAnUnknownFigureOrAFractionalCount() throws Exception {
    Report r = golden();
    String other = "0".repeat(64);
    CorrectionsRefusedException e = assertThrows(CorrectionsRefusedException.class,
        () -> new Corrections("x.pdf", other, fix(r).corrections()).applyTo(r));
    assertEquals(CorrectionsRefusedException.Reason.OTHER_DOCUMENT, e.reason());
    assertEquals(org.nianbao.ErrorCode.CORRECTIONS_REFUSED, e.code());
    assertTrue(e.getMessage().contains(other) && e.getMessage().contains(r.source().sha256()));
    e = assertThrows(CorrectionsRefusedException.class, () -> new Corrections(null,
        r.source().sha256(), List.of(new Corrections.Correction(
            "applications.noSuchRow.total", 1L, null, "王芳", AT))).applyTo(r));
    assertEquals(CorrectionsRefusedException.Reason.UNKNOWN_FIGURE, e.reason());
    e = assertThrows(CorrectionsRefusedException.class, () -> new Corrections(null,
        r.source().sha256(), List.of(new Corrections.Correction(
            "applications.granted.total", new java.math.BigDecimal("1.5"), null, "王芳", AT)))
        .applyTo(r));
    assertEquals(CorrectionsRefusedException.Reason.MALFORMED, e.reason());
  }

  @Test
  void applyCommandRewritesTheReportOrRefusesWithANonZeroExit(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("seed-002.json");
    Files.copy(GOLDEN, json);
    Report r = golden();
    Path file = dir.resolve("seed-002.corrections.json");
    Files.writeString(file, ReportJson.mapper().writeValueAsString(fix(r).toTree()));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "apply", "--corrections",
        file.toString(), json.toString());
    assertEquals(0, code, err.toString());
    Report applied = ReportReader.read(json);
    assertEquals(ValueSource.REVIEWED,
        applied.provenance().get("applications.resultsTotal.commercialEnterprise").source());
    assertEquals(0, applied.failedCheckCount());
    assertEquals("", ReportSchema.errors(ReportJson.mapper().readTree(json.toFile())));

    Path wrong = dir.resolve("other.corrections.json");
    Files.writeString(wrong, ReportJson.mapper().writeValueAsString(
        new Corrections("other.pdf", "a".repeat(64), fix(r).corrections()).toTree()));
    Path copy = dir.resolve("copy.json");
    Files.copy(GOLDEN, copy);
    byte[] bytes = Files.readAllBytes(copy);
    err = new StringWriter();
    code = Main.run(new PrintWriter(out), new PrintWriter(err), "apply", "--corrections",
        wrong.toString(), copy.toString());
    assertNotEquals(0, code);
    assertTrue(err.toString().contains("CORRECTIONS_REFUSED"), err.toString());
    assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(copy));
  }
}
