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
    try (Stream<Path> s = Files.list(outDir())) {
      return s.toList();
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
    Run r = cli("extract", "--out", outDir().toString(), f.toString());
    // A truncated download either fails cleanly or yields a report with what was readable.
    if (r.code() != ExitCodes.OK) {
      assertOneLineError(r, "");
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
    Run r = cli("extract", "--out", "-", good.toString(), good.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    for (String l : lines) {
      assertEquals(good.getFileName().toString(),
          new ObjectMapper().readTree(l).path("source").path("file").asText());
    }
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
