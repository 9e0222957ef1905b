package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.emit.ReportJson;
import org.nianbao.review.Corrections;

/**
 * Corrections stick: {@code extract --corrections} applies them to a report a resumed batch
 * skips, to a fresh re-extraction and to the stdout stream; {@code --review} writes the page;
 * a file named for the document but made on other content is refused with a non-zero exit.
 * Seed 002 prints 0 in (七)总计 for 自然人 where the rows above sum to 12.
 */
class ReviewCommandsTest {
  static final Path PDF = Path.of("testdata/seeds/seed-002.pdf");
  static final String PATH = "applications.resultsTotal.naturalPerson";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static void writeCorrections(Path file, String sha) throws Exception {
    Files.createDirectories(file.getParent());
    Corrections c = new Corrections("seed-002.pdf", sha, List.of(new Corrections.Correction(
        PATH, 12L, "0", "王芳", Instant.parse("2026-12-07T08:30:00Z"))));
    Files.writeString(file, ReportJson.mapper().writeValueAsString(c.toTree()));
  }

  private static JsonNode figure(JsonNode report) {
    return report.path("provenance").path(PATH);
  }

  private static boolean balanceNaturalPersonPasses(JsonNode report) {
    for (JsonNode c : report.path("checks")) {
      if (c.path("rule").asText().equals("applications.balance")
          && c.path("scope").asText().equals("naturalPerson")) {
        return c.path("passed").asBoolean();
      }
    }
    throw new AssertionError("no balance check");
  }

  @Test
  void correctionsAreAppliedOnEveryExtractionAndRefusedForOtherContent() throws Exception {
    Path out = tmp.resolve("out");
    Path json = out.resolve("seed-002.json");
    Run first = cli("extract", "--out", out.toString(), PDF.toString());
    assertEquals(0, first.code(), first.err());
    JsonNode plain = JSON.readTree(json.toFile());
    assertEquals("blank-as-zero", figure(plain).path("source").asText());
    assertTrue(!balanceNaturalPersonPasses(plain), "printed figures do not balance");
    String sha = plain.path("source").path("sha256").asText();

    Path good = tmp.resolve("corrections");
    writeCorrections(good.resolve("seed-002.corrections.json"), sha);

    // a resumed batch skips the document and still applies the corrections to its report
    Run resumed = cli("extract", "--out", out.toString(), "--corrections", good.toString(),
        "--review", PDF.toString());
    assertEquals(0, resumed.code(), resumed.err());
    JsonNode applied = JSON.readTree(json.toFile());
    assertEquals("reviewed", figure(applied).path("source").asText());
    assertEquals("0", figure(applied).path("raw").asText());
    assertEquals("王芳", figure(applied).path("reviewer").asText());
    assertEquals(12, applied.path("data").path("applications").path("resultsTotal")
        .path("naturalPerson").asInt());
    assertTrue(balanceNaturalPersonPasses(applied), "checks evaluated again");
    String failedNow = String.valueOf(applied.path("checks").findValues("passed").stream()
        .filter(p -> !p.asBoolean()).count());
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    int col = List.of(summary.get(0).replace("\uFEFF", "").split(",")).indexOf("checksFailed");
    assertTrue(col >= 0, summary.get(0));
    assertEquals(failedNow, summary.get(1).split(",")[col], "summary.csv follows the corrections");
    Path html = out.resolve("seed-002.review.html");
    assertTrue(Files.size(html) > 100_000, "review page written beside the report");
    assertTrue(Files.readString(html).contains("\"sha256\":\"" + sha + "\""));

    // a forced re-extraction applies them again
    Files.delete(json);
    Run again = cli("extract", "--out", out.toString(), "--force", "--corrections",
        good.toString(), PDF.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals("reviewed", figure(JSON.readTree(json.toFile())).path("source").asText());

    // streamed to stdout
    Run stream = cli("extract", "--out", "-", "--corrections", good.toString(), PDF.toString());
    assertEquals(0, stream.code(), stream.err());
    assertEquals("reviewed", figure(JSON.readTree(stream.out())).path("source").asText());

    // the same name made on other content: the document changed since it was reviewed
    Path stale = tmp.resolve("stale");
    writeCorrections(stale.resolve("seed-002.corrections.json"), "b".repeat(64));
    Run refused = cli("extract", "--out", tmp.resolve("out2").toString(), "--corrections",
        stale.toString(), PDF.toString());
    assertNotEquals(0, refused.code());
    assertTrue(refused.err().contains("CORRECTIONS_REFUSED"), refused.err());
    Run refusedStream = cli("extract", "--out", "-", "--corrections", stale.toString(),
        PDF.toString());
    assertNotEquals(0, refusedStream.code());
    assertTrue(refusedStream.err().contains("CORRECTIONS_REFUSED"), refusedStream.err());
  }
}
