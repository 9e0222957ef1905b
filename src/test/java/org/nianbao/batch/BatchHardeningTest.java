package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;
import org.nianbao.model.Report;
import org.nianbao.model.ReportInfo;
import org.nianbao.model.Template;

/** Batch runs over what portals and users really hand over: odd names, odd files, odd folders. */
class BatchHardeningTest {

  @TempDir Path tmp;
  Path in;
  Path out;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void setUp() {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
  }

  private BatchOptions.Builder options() {
    return BatchOptions.builder(out).jobs(2).timeout(Duration.ofSeconds(20))
        .progress(ProgressMode.LOG).progressOut(new PrintStream(log, true, StandardCharsets.UTF_8))
        .toolVersion("test-1");
  }

  private BatchResult run(BatchOptions.Builder o, DocumentExtractor x) throws Exception {
    return new BatchRunner(o.build(), x).run(List.of(in));
  }

  private ManifestEntry entry(String relative) throws IOException {
    return Manifest.readLatest(out).get(in.resolve(relative).toAbsolutePath().normalize()
        .toString());
  }

  @Test
  void onlyTheRunnersOwnTempFilesAreRemovedAndNoLockFileStays() throws Exception {
    TestPdfs.write(in.resolve("a.pdf"), TestPdfs.onePage("a"));
    Files.createDirectories(out);
    Path users = Files.writeString(out.resolve(".draft.tmp"), "a user's draft");
    Path ours = Files.writeString(out.resolve(".nianbao-a.json.12345.tmp"), "torn");
    run(options(), new FakeExtractor(0));
    assertTrue(Files.exists(users), "a user's hidden .tmp file is not ours to delete");
    assertFalse(Files.exists(ours), "a stale temp file of ours is removed");
    assertFalse(Files.exists(out.resolve(".lock")), "the lock file goes with the run");
    try (var s = Files.list(out)) {
      s.forEach(p -> assertFalse(p.getFileName().toString().startsWith(".nianbao-"), p.toString()));
    }
  }

  @Test
  void bytesAfterTheEndMarkerDoNotMakeAGoodPdfCorrupt() throws Exception {
    byte[] good = TestPdfs.onePage("footer follows");
    TestPdfs.write(in.resolve("html-tail.pdf"), TestPdfs.withTrailingGarbage(good, 8192));
    byte[] padded = java.util.Arrays.copyOf(good, good.length + 20_000); // NUL padding
    TestPdfs.write(in.resolve("padded.pdf"), padded);
    run(options(), new PdfBoxTextExtractor(0));
    assertEquals(DocumentStatus.OK, entry("html-tail.pdf").status(), entry("html-tail.pdf").message());
    assertEquals(DocumentStatus.OK, entry("padded.pdf").status(), entry("padded.pdf").message());
  }

  @Test
  void truncatedLinearisedStyleFileStaysCorrupt() throws Exception {
    // an early %%EOF (as in linearised files) followed by objects cut off: still truncated
    byte[] first = TestPdfs.onePage("first part");
    byte[] more = TestPdfs.pages("second part", 3);
    byte[] cut = new byte[first.length + more.length / 2];
    System.arraycopy(first, 0, cut, 0, first.length);
    System.arraycopy(more, 0, cut, first.length, more.length / 2);
    TestPdfs.write(in.resolve("cut.pdf"), cut);
    run(options(), new FakeExtractor(0));
    assertEquals(ErrorCode.CORRUPT_PDF, entry("cut.pdf").errorCode());
  }

  @Test
  void everyDuplicateGetsItsOwnOutputNamedAfterItself() throws Exception {
    byte[] pdf = TestPdfs.onePage("same");
    TestPdfs.write(in.resolve("a.pdf"), pdf);
    TestPdfs.write(in.resolve("b.pdf"), pdf);
    FakeExtractor fake = new FakeExtractor(0);
    run(options(), fake);
    assertEquals(1, fake.calls.get(), "same bytes are extracted once");
    ManifestEntry a = entry("a.pdf");
    ManifestEntry b = entry("b.pdf");
    assertEquals(DocumentStatus.DUPLICATE, b.status());
    assertEquals(a.path(), b.duplicateOf());
    assertEquals("b.json", b.output());
    assertEquals("a.pdf", JSON.readTree(out.resolve("a.json").toFile()).path("source")
        .path("file").asText());
    var bJson = JSON.readTree(out.resolve("b.json").toFile());
    assertEquals("b.pdf", bJson.path("source").path("file").asText());
    assertEquals(a.sha256(), bJson.path("source").path("sha256").asText());

    // a later run's duplicate of an earlier output gets its own copy too
    TestPdfs.write(in.resolve("later/c.pdf"), pdf);
    run(options(), fake);
    assertEquals(1, fake.calls.get());
    ManifestEntry c = entry("later/c.pdf");
    assertEquals(DocumentStatus.DUPLICATE, c.status());
    assertEquals("c.json", c.output());
    assertEquals("c.pdf", JSON.readTree(out.resolve("c.json").toFile()).path("source")
        .path("file").asText());
    // and a third run skips all three
    BatchResult third = run(options(), fake);
    assertEquals(3, third.skipped());
  }

  @Test
  void manifestHashDescribesTheBytesThatWereExtracted() throws Exception {
    TestPdfs.write(in.resolve("a.pdf"), TestPdfs.onePage("a"));
    Path b = TestPdfs.write(in.resolve("b.pdf"), TestPdfs.onePage("b, first version"));
    AtomicLong extractedSize = new AtomicLong();
    AtomicReference<String> extractedB = new AtomicReference<>();
    FakeExtractor fake = new FakeExtractor(0);
    // b is replaced while a is extracted, after the run hashed b. With one job, b is extracted
    // after a (the usual case: the manifest must give the new bytes' hash) or, when its pool
    // thread wins the extraction permit, before a (the first version's): either way the output
    // and the manifest describe the bytes that were read.
    DocumentExtractor replacesB = new DocumentExtractor() {
      @Override
      public Report extract(Path pdf) {
        return fake.extract(pdf);
      }

      // pdf is the runner's private copy; fileName names the input
      @Override
      public Report extract(Path pdf, String fileName) {
        try {
          if (fileName.equals("a.pdf")) {
            Files.write(b, TestPdfs.onePage("b, second version, longer"));
          } else {
            extractedB.set(FileHash.sha256(pdf));
            extractedSize.set(Files.size(pdf));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return extract(pdf).withSourceFile(fileName);
      }
    };
    run(options().jobs(1), replacesB);
    ManifestEntry e = entry("b.pdf");
    String output = JSON.readTree(out.resolve(e.output()).toFile()).path("source")
        .path("sha256").asText();
    assertEquals(extractedB.get(), output, "the output is of the bytes extracted");
    assertEquals(output, e.sha256(), "and the manifest says so");
    assertEquals(extractedSize.get(), e.size());
  }

  @Test
  void tooManyPagesRecordsTheCount() throws Exception {
    TestPdfs.write(in.resolve("long.pdf"), TestPdfs.pages("long", 3));
    run(options().maxPages(1), new PdfBoxTextExtractor(1));
    ManifestEntry e = entry("long.pdf");
    assertEquals(ErrorCode.TOO_MANY_PAGES, e.errorCode());
    assertEquals(3, e.pages());
  }

  @Test
  void controlCharactersNeitherSplitLogLinesNorReachTheSummary() throws Exception {
    TestPdfs.write(in.resolve("line\nbreak.pdf"), TestPdfs.html());
    TestPdfs.write(in.resolve("nul.pdf"), TestPdfs.onePage("nul"));
    FakeExtractor fake = new FakeExtractor(0);
    DocumentExtractor nulInName = pdf -> {
      Report r = fake.extract(pdf);
      return new Report(r.schemaVersion(), r.source(),
          new ReportInfo("报告", "某某\u0000市\r\n人民政府", 2023, Template.GB2021, null), r.pages(),
          r.sections(), r.tables(), r.data(), r.provenance(), r.checks(), r.warnings(),
          r.tableRoles());
    };
    run(options(), nulInName);
    String text = log.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("line\\nbreak.pdf"), text);
    for (String line : text.split("\n")) {
      assertFalse(line.startsWith("break.pdf"), "a name split the line: " + text);
    }
    byte[] csv = Files.readAllBytes(out.resolve(SummaryCsv.FILE_NAME));
    String s = new String(csv, StandardCharsets.UTF_8);
    assertFalse(s.contains("\u0000"), "no raw NUL in summary.csv");
    // rows end with CRLF; no field holds a raw line break
    assertEquals(3, s.split("\r\n").length, s);
    assertFalse(s.replace("\r\n", "").contains("\n"), s);
    assertTrue(s.contains("某某\\x00市\\r\\n人民政府"), s);
  }

  // ---- names in any bytes, under any locale (child JVMs) -------------------------------

  /** Creates PDFs named in GBK, in UTF-8 Chinese and with a newline, from raw bytes. */
  private void oddlyNamedInputs() throws Exception {
    Files.createDirectories(in);
    Path pdf = TestPdfs.write(tmp.resolve("src.pdf"), TestPdfs.onePage("x"));
    Path pdf2 = TestPdfs.write(tmp.resolve("src2.pdf"), TestPdfs.onePage("y"));
    Path pdf3 = TestPdfs.write(tmp.resolve("src3.pdf"), TestPdfs.onePage("z"));
    // 年报 and 年抱 in GBK (not valid UTF-8), and 年报 in UTF-8
    String script = "cd '" + in + "' && cp '" + pdf + "' \"$(printf '\\xc4\\xea\\xb1\\xa8.pdf')\""
        + " && cp '" + pdf2 + "' \"$(printf '\\xc4\\xea\\xb1\\xa7.pdf')\""
        + " && cp '" + pdf3 + "' \"$(printf '\\xe5\\xb9\\xb4\\xe6\\x8a\\xa5.pdf')\"";
    Process p = new ProcessBuilder("bash", "-c", script).inheritIO().start();
    assertEquals(0, p.waitFor());
  }

  private Process child(String lang, Path outDir, String logName) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), ResumeChild.class.getName(), in.toString(),
        outDir.toString(), "0");
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
    env.put("LANG", lang);
    return pb.redirectErrorStream(true).redirectOutput(tmp.resolve(logName).toFile()).start();
  }

  @Test
  void chineseAndUndecodableNamesUnderAnyLocale() throws Exception {
    oddlyNamedInputs();
    for (String lang : List.of("C", "C.UTF-8")) {
      Path o = tmp.resolve("out-" + lang);
      Process p = child(lang, o, lang + ".log");
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String childLog = Files.readString(tmp.resolve(lang + ".log"));
      assertEquals(0, p.exitValue(), lang + ": " + childLog);
      Map<String, ManifestEntry> m = Manifest.readLatest(o);
      assertEquals(3, m.size(), lang + ": " + m.keySet());
      assertTrue(m.containsKey(in.resolve("年报.pdf").toString()), lang + ": " + m.keySet());
      assertTrue(m.containsKey(in.resolve("\\xC4\\xEA\\xB1\\xA8.pdf").toString()),
          lang + ": " + m.keySet());
      assertTrue(m.containsKey(in.resolve("\\xC4\\xEA\\xB1\\xA7.pdf").toString()),
          lang + ": " + m.keySet());
      java.util.Set<String> outputs = new java.util.HashSet<>();
      for (ManifestEntry e : m.values()) {
        assertEquals(DocumentStatus.OK, e.status(), lang + " " + e.path() + ": " + e.message());
        assertTrue(outputs.add(e.output()), "distinct outputs: " + e.output());
        var json = JSON.readTree(o.resolve(e.output()).toFile());
        assertEquals(Path.of(e.path()).getFileName().toString(),
            json.path("source").path("file").asText());
      }
      assertTrue(outputs.contains("年报.json"), outputs.toString());
      assertTrue(outputs.contains("_xC4_xEA_xB1_xA8.json"), outputs.toString());
      List<String> rows = Files.readAllLines(o.resolve(SummaryCsv.FILE_NAME),
          StandardCharsets.UTF_8);
      assertEquals(4, rows.size(), rows.toString());
    }
  }

  @Test
  void terminatedRunWritesTheSummaryAndSaysSo() throws Exception {
    for (int i = 0; i < 40; i++) {
      TestPdfs.write(in.resolve(String.format("r%02d.pdf", i)), TestPdfs.onePage("report " + i));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ResumeChild.class.getName(), in.toString(), out.toString(), "200")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    Path manifest = out.resolve(Manifest.FILE_NAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (OutputFolders.manifestLines(manifest) < 4 && p.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    p.destroy(); // SIGTERM, as from systemd, docker stop or Ctrl-C
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    String childLog = Files.readString(tmp.resolve("child.log"));
    assertTrue(childLog.contains("nianbao: interrupted"), childLog);
    int lines = Manifest.readLatest(out).size();
    assertTrue(lines >= 4 && lines < 40, lines + " inputs done");
    List<String> rows = Files.readAllLines(out.resolve(SummaryCsv.FILE_NAME));
    assertTrue(rows.size() >= lines + 1, rows.size() + " rows for " + lines + " done");
    assertFalse(Files.exists(out.resolve(".lock")));
    assertNotEquals(0, p.exitValue());
  }
}
