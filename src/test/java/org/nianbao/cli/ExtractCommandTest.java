package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on bad and good inputs: typed one-line errors, exit codes, no partial output. */
class ExtractCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path outDir() {
    return tmp.resolve("out");
  }

  private List<Path> outputs() throws Exception {
    if (!Files.exists(outDir())) {
      return List.of();
    }
    // The batch bookkeeping (_manifest.jsonl, summary.csv, .lock) is not report output.
    try (Stream<Path> s = Files.list(outDir())) {
      return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".tmp"))
          .toList();
    }
  }

  private void assertOneLineError(Run r, String code) throws Exception {
    assertEquals(ExitCodes.ALL_FAILED, r.code(), r.err());
    String[] lines = r.err().strip().split("\n");
    assertEquals(1, lines.length, "one line: " + r.err());
    assertTrue(lines[0].contains(code), lines[0]);
    assertFalse(lines[0].contains("\tat "), "no stack trace");
    assertEquals(List.of(), outputs(), "no output file, not even a partial one");
  }

  @Test
  void missingFile() throws Exception {
    assertOneLineError(cli("extract", "--out", outDir().toString(),
        tmp.resolve("nope.pdf").toString()), "NOT_FOUND");
  }

  @Test
  void emptyFile() throws Exception {
    Path f = Files.createFile(tmp.resolve("empty.pdf"));
    assertOneLineError(cli("extract", "--out", outDir().toString(), f.toString()), "EMPTY_FILE");
  }

  @Test
  void htmlSavedAsPdf() throws Exception {
    Path f = tmp.resolve("error.pdf");
    Files.writeString(f, "<!DOCTYPE html><html><body>404 页面不存在</body></html>",
        StandardCharsets.UTF_8);
    assertOneLineError(cli("extract", "--out", outDir().toString(), f.toString()), "NOT_PDF");
  }

  @Test
  void encryptedPdf() throws Exception {
    Path f = tmp.resolve("locked.pdf");
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      p.setEncryptionKeyLength(128);
      d.protect(p);
      d.save(f.toFile());
    }
    assertOneLineError(cli("extract", "--out", outDir().toString(), f.toString()), "ENCRYPTED");
  }

  @Test
  void truncatedPdf() throws Exception {
    Path good = Path.of("testdata/seeds").toFile().exists()
        ? firstPdf(Path.of("testdata/seeds")) : null;
    org.junit.jupiter.api.Assumptions.assumeTrue(good != null, "no seed PDF yet");
    byte[] all = Files.readAllBytes(good);
    Path f = tmp.resolve("cut.pdf");
    Files.write(f, java.util.Arrays.copyOf(all, all.length / 3));
    assertOneLineError(cli("extract", "--out", outDir().toString(), f.toString()), "CORRUPT_PDF");
  }

  @Test
  void folderRunWritesManifestAndSummaryAndResumes() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path seeds = Path.of("testdata/seeds");
    org.junit.jupiter.api.Assumptions.assumeTrue(firstPdf(seeds) != null, "no seed PDF yet");
    Files.copy(firstPdf(seeds), in.resolve("a.pdf"));
    Files.writeString(in.resolve("b.pdf"), "<html>not a pdf</html>");
    Run first = cli("extract", "--progress", "LOG", "--out", outDir().toString(), in.toString());
    assertEquals(ExitCodes.PARTIAL, first.code(), first.err());
    assertTrue(Files.exists(outDir().resolve("a.json")));
    List<String> manifest = Files.readAllLines(outDir().resolve("_manifest.jsonl"));
    assertEquals(2, manifest.size(), manifest.toString());
    assertTrue(manifest.stream().anyMatch(l -> l.contains("\"NOT_PDF\"")), manifest.toString());
    byte[] csv = Files.readAllBytes(outDir().resolve("summary.csv"));
    assertEquals((byte) 0xEF, csv[0], "summary.csv starts with a UTF-8 BOM");
    Run again = cli("extract", "--progress", "LOG", "--out", outDir().toString(), in.toString());
    assertTrue(again.err().contains("1 skipped"), again.err());
  }

  @Test
  void folderRunWritesTheFigureTablesUnlessToldNot() throws Exception {
    Path pdf = Path.of("testdata/born-digital/gb2021-04.pdf");
    JsonNodeHolder truth = JsonNodeHolder.of(Path.of("testdata/born-digital/gb2021-04.truth.json"));
    Run run = cli("extract", "--progress", "quiet", "--ocr", "auto", "--out",
        outDir().toString(), pdf.toString());
    assertEquals(0, run.code(), run.err());
    Path figures = outDir().resolve("figures.csv");
    assertTrue(Files.exists(outDir().resolve("nianbao.xlsx")));
    String csv = Files.readString(figures, java.nio.charset.StandardCharsets.UTF_8);
    // one row per figure of the report: the truth's granted total sits on its path's row
    String granted = csv.lines().filter(l -> l.contains(",applications.granted.total,"))
        .findFirst().orElseThrow();
    assertTrue(granted.contains("," + truth.figure("applications", "granted", "total") + ","),
        granted);
    assertEquals(truth.figureCount() + 1, csv.lines().count(), "header plus one row a figure");

    Path none = tmp.resolve("none");
    assertEquals(0, cli("extract", "--progress", "QUIET", "--formats", "none", "--out",
        none.toString(), pdf.toString()).code());
    assertFalse(Files.exists(none.resolve("figures.csv")));
    assertFalse(Files.exists(none.resolve("nianbao.xlsx")));
    Run bad = cli("extract", "--formats", "pdf", "--out", tmp.resolve("bad").toString(),
        pdf.toString());
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
  }

  /** The truth file's figures, read independently of the extractor's output. */
  private record JsonNodeHolder(com.fasterxml.jackson.databind.JsonNode n) {
    static JsonNodeHolder of(Path p) throws Exception {
      return new JsonNodeHolder(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
          p.toFile()));
    }

    String figure(String group, String item, String field) {
      return n.path("data").path(group).path(item).path(field).asText();
    }

    long figureCount() {
      long c = 0;
      for (var g : n.path("data")) {
        for (var i : g) {
          c += i.size();
        }
      }
      return c;
    }
  }

  @Test
  void goodAndBadTogetherIsPartial() throws Exception {
    Path good = firstPdf(Path.of("testdata/seeds"));
    org.junit.jupiter.api.Assumptions.assumeTrue(good != null, "no seed PDF yet");
    Path bad = Files.createFile(tmp.resolve("zero.pdf"));
    Run r = cli("extract", "--out", outDir().toString(), good.toString(), bad.toString());
    assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
    Path json = outDir().resolve(good.getFileName().toString().replace(".pdf", ".json"));
    JsonNode n = new ObjectMapper().readTree(json.toFile());
    assertEquals("1", n.path("schemaVersion").asText());
    assertEquals(1, outputs().size(), "only the good input has output: " + outputs());
  }

  @Test
  void streamsJsonLines() throws Exception {
    Path good = firstPdf(Path.of("testdata/seeds"));
    org.junit.jupiter.api.Assumptions.assumeTrue(good != null, "no seed PDF yet");
    Path other = tmp.resolve("copy.pdf");
    Files.copy(good, other);
    Run r = cli("extract", "--out", "-", good.toString(), other.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String l : lines) {
      names.add(new ObjectMapper().readTree(l).path("source").path("file").asText());
    }
    assertEquals(java.util.Set.of("copy.pdf", good.getFileName().toString()), names);
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCodes.USAGE, cli("extract").code());
    assertEquals(ExitCodes.USAGE, cli("extract", "--ocr", "SOMETIMES", "x.pdf").code());
    assertEquals(ExitCodes.USAGE, cli("extract", "--max-pages", "-1", "x.pdf").code());
  }

  @Test
  void versionComesFromTheBuild() {
    Run r = cli("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("nianbao "), r.out());
  }

  private static Path firstPdf(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElse(null);
    }
  }
}
