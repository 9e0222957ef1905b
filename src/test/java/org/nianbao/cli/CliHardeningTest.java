package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.batch.TestPdfs;

/** The command line on unusable output folders, odd names and arguments. */
class CliHardeningTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path html(String name) throws Exception {
    return TestPdfs.write(tmp.resolve(name), "<html>not a pdf</html>".getBytes());
  }

  @Test
  void outputPathEndingInJsonIsRefused() throws Exception {
    Path f = html("a.pdf");
    Run r = cli("extract", "--out", tmp.resolve("result.json").toString(), f.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("result.json"), r.err());
    assertFalse(Files.exists(tmp.resolve("result.json")), "no folder made");
    // an existing folder of that name is fine
    Files.createDirectories(tmp.resolve("old.json"));
    assertEquals(ExitCodes.ALL_FAILED,
        cli("extract", "--out", tmp.resolve("old.json").toString(), f.toString()).code());
  }

  @Test
  void outputFolderThatIsAFileOrLockedIsAnEnvironmentErrorNotInternal() throws Exception {
    Path f = html("a.pdf");
    Path file = Files.writeString(tmp.resolve("out"), "a file");
    Run r = cli("extract", "--out", file.toString(), f.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("nianbao: cannot use output folder"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());

    Path dir = Files.createDirectories(tmp.resolve("locked"));
    try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = ch.lock()) {
      Run locked = cli("extract", "--out", dir.toString(), f.toString());
      assertEquals(ExitCodes.USAGE, locked.code(), locked.err());
      assertTrue(locked.err().contains("another nianbao run"), locked.err());
    }
  }

  @Test
  void newlineInANameStaysOnOneStderrLine() throws Exception {
    Path f = html("two\nlines.pdf");
    Run r = cli("extract", "--out", "-", f.toString());
    assertEquals(ExitCodes.ALL_FAILED, r.code());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    assertTrue(r.err().contains("two\\nlines.pdf: NOT_PDF"), r.err());
    Run batch = cli("extract", "--out", tmp.resolve("o").toString(), f.toString());
    assertEquals(1, batch.err().strip().split("\n").length, batch.err());
  }

  @Test
  void undecodableNamePassedAsFileUri() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path src = TestPdfs.write(tmp.resolve("src.pdf"), TestPdfs.onePage("gbk"));
    Process p = new ProcessBuilder("bash", "-c",
        "cp '" + src + "' '" + dir + "'/\"$(printf '\\xc4\\xea\\xb1\\xa8.pdf')\"").start();
    assertEquals(0, p.waitFor());
    String uri = dir.toUri() + "%C4%EA%B1%A8.pdf";
    Run r = cli("extract", "--ocr", "NO_OCR", "--out", "-", uri);
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals("\\xC4\\xEA\\xB1\\xA8.pdf", new ObjectMapper().readTree(r.out().strip())
        .path("source").path("file").asText());
  }

  @Test
  void argumentThatIsNoPathIsAUsageError() {
    Run r = cli("extract", "--out", "-", "file:///bad%zzuri.pdf");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
  }

  /** A usage error: the message, the synopsis, a pointer to --help; not the whole option list. */
  private static void assertShortUsage(Run r, String message) {
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("nianbao: "), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertTrue(r.err().contains("nianbao extract [-hV]"), "synopsis: " + r.err());
    assertTrue(r.err().contains("Try 'nianbao extract --help'"), r.err());
    assertFalse(r.err().contains("Resolution image pages"), "no option descriptions: " + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void usageErrorsGiveTheShortUsage() throws Exception {
    Path a = html("a.pdf");
    Path b = html("b.pdf");
    assertShortUsage(cli("extract", "--out"), "Missing required parameter for option '--out'");
    assertShortUsage(cli("extract", "--tables", "GRID", a.toString()), "--tables");
    assertShortUsage(cli("extract", "--ocr-dpi", "5000", a.toString()), "5000");
    assertShortUsage(cli("extract", "--bogus", a.toString()), "--bogus");
    // several inputs into one .json file: --out takes a folder
    assertShortUsage(cli("extract", "--out", tmp.resolve("result.json").toString(), a.toString(),
        b.toString()), "result.json");
    assertFalse(Files.exists(tmp.resolve("result.json")));
  }

  @Test
  void aBadTemplatesOrTessdataFolderNamesWhatToFix() throws Exception {
    Path f = html("a.pdf");
    Path dir = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(dir.resolve("gb2021.json"), "{ \"items\": [ ");
    Run bad = cli("extract", "--out", "-", "--templates", dir.toString(), f.toString());
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    assertEquals(1, bad.err().strip().split("\n").length, bad.err());
    assertTrue(bad.err().contains(dir.resolve("gb2021.json").toString()), bad.err());

    Run tessdata = cli("extract", "--out", "-", "--tessdata", tmp.resolve("no-tessdata").toString(),
        f.toString());
    assertEquals(ExitCodes.USAGE, tessdata.code(), tessdata.err());
    assertTrue(tessdata.err().contains("no-tessdata: no such folder"), tessdata.err());

    Run missing = cli("extract", "--out", "-", "--templates", tmp.resolve("nowhere").toString(),
        f.toString());
    assertEquals(ExitCodes.USAGE, missing.code(), missing.err());
    assertTrue(missing.err().contains("templates folder not found"), missing.err());

    // a usable folder (here a local copy of a shipped file) gets as far as the input
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/org/nianbao/models/templates/gb2021.json")) {
      Files.write(dir.resolve("gb2021.json"), in.readAllBytes());
    }
    Run ok = cli("extract", "--out", "-", "--templates", dir.toString(), f.toString());
    assertEquals(ExitCodes.ALL_FAILED, ok.code(), ok.err());
    assertTrue(ok.err().contains("NOT_PDF"), ok.err());
  }
}
