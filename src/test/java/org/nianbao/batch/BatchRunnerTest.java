package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;

class BatchRunnerTest {

  @TempDir Path tmp;
  Path in;
  Path out;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();

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

  private void corpus() throws IOException {
    byte[] good = TestPdfs.onePage("Annual report 2023");
    TestPdfs.write(in.resolve("good.pdf"), good);
    TestPdfs.write(in.resolve("copy of good.PDF"), good);
    TestPdfs.write(in.resolve("zero.pdf"), new byte[0]);
    TestPdfs.write(in.resolve("error-page.pdf"), TestPdfs.html());
    TestPdfs.write(in.resolve("truncated.pdf"), TestPdfs.truncated(TestPdfs.onePage("cut")));
    TestPdfs.write(in.resolve("encrypted.pdf"), TestPdfs.encrypted());
    TestPdfs.write(in.resolve("2022/report.pdf"), TestPdfs.onePage("2022"));
    TestPdfs.write(in.resolve("2023/report.pdf"), TestPdfs.onePage("2023"));
    // junk prefix before the header: readers accept it, so must we
    byte[] prefixed = TestPdfs.onePage("prefixed");
    byte[] withJunk = new byte[prefixed.length + 3];
    System.arraycopy(prefixed, 0, withJunk, 3, prefixed.length);
    withJunk[0] = (byte) 0xEF;
    withJunk[1] = (byte) 0xBB;
    withJunk[2] = (byte) 0xBF;
    TestPdfs.write(in.resolve("bom-prefixed.pdf"), withJunk);
  }

  @Test
  void corpusWithPdfBoxGetsTheRightCodesAndOutputs() throws Exception {
    corpus();
    BatchResult r = run(options(), new PdfBoxTextExtractor(0));

    assertEquals(ErrorCode.EMPTY_FILE, entry("zero.pdf").errorCode());
    assertEquals(ErrorCode.NOT_PDF, entry("error-page.pdf").errorCode());
    assertTrue(entry("error-page.pdf").message().contains("HTML"));
    assertEquals(ErrorCode.CORRUPT_PDF, entry("truncated.pdf").errorCode());
    assertEquals(ErrorCode.ENCRYPTED, entry("encrypted.pdf").errorCode());
    for (String ok : List.of("copy of good.PDF", "2022/report.pdf", "2023/report.pdf",
        "bom-prefixed.pdf")) {
      ManifestEntry e = entry(ok);
      assertEquals(DocumentStatus.OK, e.status(), ok + ": " + e.message());
      assertEquals(1, e.pages());
      assertTrue(Files.isRegularFile(out.resolve(e.output())), ok);
    }
    // same name, different folders: two outputs, neither is plain report.json
    String a = entry("2022/report.pdf").output();
    String b = entry("2023/report.pdf").output();
    assertNotEquals(a, b);
    assertTrue(a.startsWith("report--") && b.startsWith("report--"), a + " " + b);
    // "copy of good.PDF" sorts before "good.pdf", so it is the one extracted
    ManifestEntry copy = entry("copy of good.PDF");
    ManifestEntry orig = entry("good.pdf");
    assertEquals(DocumentStatus.OK, copy.status());
    assertEquals(DocumentStatus.DUPLICATE, orig.status());
    assertEquals(copy.path(), orig.duplicateOf());
    assertEquals("good.json", orig.output()); // its own copy of the original's output

    assertEquals(9, r.total());
    assertEquals(4, r.failed());
    assertEquals(1, r.duplicates());
    assertEquals(1, r.exitCode());
    assertEquals(Map.of(ErrorCode.EMPTY_FILE, 1, ErrorCode.NOT_PDF, 1, ErrorCode.CORRUPT_PDF, 1,
        ErrorCode.ENCRYPTED, 1), r.failures());

    byte[] csv = Files.readAllBytes(out.resolve(SummaryCsv.FILE_NAME));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        java.util.Arrays.copyOf(csv, 3));
    List<String> rows = new String(csv, StandardCharsets.UTF_8).lines().toList();
    assertEquals(10, rows.size());
    assertTrue(rows.get(0).startsWith("\uFEFFfile,organization,year,template,pages,"
        + "newReceived.total,carriedOver.total,resultsTotal.total,carriedForward.total,"
        + "granted.total,administrativeReview.total,lawsuitDirect.total,"
        + "lawsuitAfterReview.total,checksFailed,warnings,status,errorCode"), rows.get(0));
  }

  @Test
  void probeGivesCodesEvenWithAFakeExtractor() throws Exception {
    corpus();
    Files.delete(in.resolve("encrypted.pdf")); // only the real loader can judge that one
    FakeExtractor fake = new FakeExtractor(0);
    BatchResult r = run(options(), fake);
    assertEquals(ErrorCode.EMPTY_FILE, entry("zero.pdf").errorCode());
    assertEquals(ErrorCode.NOT_PDF, entry("error-page.pdf").errorCode());
    assertEquals(ErrorCode.CORRUPT_PDF, entry("truncated.pdf").errorCode());
    assertEquals(4, fake.calls.get()); // the duplicate is not extracted twice
    assertEquals(3, r.failed());

    List<String> rows = Files.readAllLines(out.resolve(SummaryCsv.FILE_NAME));
    String good = rows.stream().filter(l -> l.contains("good.pdf")).findFirst().orElseThrow();
    // a duplicate's figures stay on its original's row
    assertTrue(good.contains(",duplicate,"), good);
    String copy = rows.stream().filter(l -> l.contains("copy of good.PDF")).findFirst()
        .orElseThrow();
    assertTrue(copy.contains("某某市人民政府,2023,GB2021,1,"), copy);
  }

  @Test
  void rerunSkipsDoneRetriesFailedAndForceRedoesAll() throws Exception {
    corpus();
    FakeExtractor fake = new FakeExtractor(0);
    run(options(), fake);
    List<String> lines = Files.readAllLines(out.resolve(Manifest.FILE_NAME));
    assertEquals(9, lines.size(), String.join("\n", lines));

    // fix the truncated file: the retry picks it up
    TestPdfs.write(in.resolve("truncated.pdf"), TestPdfs.onePage("now whole"));
    FakeExtractor second = new FakeExtractor(0);
    BatchResult r2 = run(options(), second);
    assertEquals(1, second.calls.get());
    assertEquals(6, r2.skipped()); // 4 ok + duplicate + encrypted (fake says ok)
    assertEquals(DocumentStatus.OK, entry("truncated.pdf").status());
    assertEquals(2, r2.failed()); // zero-byte and HTML still fail, retried cheaply

    // a damaged output is redone, not trusted
    Files.writeString(out.resolve("bom-prefixed.json"), "{ torn");
    FakeExtractor third = new FakeExtractor(0);
    run(options(), third);
    assertEquals(1, third.calls.get());

    FakeExtractor forced = new FakeExtractor(0);
    BatchResult r4 = run(options().rerun(RerunPolicy.FORCE), forced);
    assertEquals(0, r4.skipped());
    assertEquals(6, forced.calls.get()); // 7 whole PDFs, one duplicate pair

    // a new tool version redoes everything too
    FakeExtractor upgraded = new FakeExtractor(0);
    run(options().toolVersion("test-2"), upgraded);
    assertEquals(6, upgraded.calls.get());
  }

  @Test
  void duplicateOfAnEarlierRunIsNotExtractedAgain() throws Exception {
    byte[] pdf = TestPdfs.onePage("one");
    TestPdfs.write(in.resolve("a.pdf"), pdf);
    run(options(), new FakeExtractor(0));
    TestPdfs.write(in.resolve("renamed/b.pdf"), pdf);
    FakeExtractor fake = new FakeExtractor(0);
    BatchResult r = run(options(), fake);
    assertEquals(0, fake.calls.get());
    assertEquals(1, r.skipped());
    assertEquals(1, r.duplicates());
    ManifestEntry b = entry("renamed/b.pdf");
    assertEquals(DocumentStatus.DUPLICATE, b.status());
    assertEquals("b.json", b.output());
    assertEquals(entry("a.pdf").path(), b.duplicateOf());
    assertEquals(0, r.exitCode());
  }

  @Test
  void inputsOfOneSizeAreDuplicatesOnlyWhenTheirBytesAreTheSame() throws Exception {
    // planning hashes only inputs that share a size and checksum with another (or an earlier
    // line's size): same size with other bytes must not pass for a copy
    byte[] one = TestPdfs.onePage("one");
    byte[] pdf = withComment(one, "% a\n");
    byte[] other = withComment(one, "% b\n");
    TestPdfs.write(in.resolve("a.pdf"), pdf);
    TestPdfs.write(in.resolve("b.pdf"), other);
    TestPdfs.write(in.resolve("c.pdf"), pdf);
    FakeExtractor fake = new FakeExtractor(0);
    BatchResult r = run(options(), fake);
    assertEquals(2, fake.calls.get());
    assertEquals(1, r.duplicates());
    assertEquals(DocumentStatus.DUPLICATE, entry("c.pdf").status());
    assertNotEquals(DocumentStatus.DUPLICATE, entry("b.pdf").status());
    assertEquals(FileHash.sha256(other), entry("b.pdf").sha256());
    assertEquals(FileHash.sha256(pdf), entry("a.pdf").sha256());

    // a later run: b changed to other bytes of the same size is extracted again, a is skipped
    TestPdfs.write(in.resolve("b.pdf"), pdf);
    BatchResult second = run(options(), fake);
    assertEquals(2, second.skipped());
    assertEquals(DocumentStatus.DUPLICATE, entry("b.pdf").status());
    assertEquals(entry("a.pdf").path(), entry("b.pdf").duplicateOf());
    assertEquals(2, fake.calls.get());
  }

  private static byte[] withComment(byte[] pdf, String comment) {
    byte[] c = comment.getBytes(StandardCharsets.US_ASCII);
    byte[] b = java.util.Arrays.copyOf(pdf, pdf.length + c.length);
    System.arraycopy(c, 0, b, pdf.length, c.length);
    return b;
  }

  @Test
  void hangingDocumentTimesOutWithoutHangingTheBatch() throws Exception {
    for (int i = 0; i < 4; i++) {
      TestPdfs.write(in.resolve("d" + i + ".pdf"), TestPdfs.onePage("doc " + i));
    }
    FakeExtractor fake = new FakeExtractor(0);
    byte[] d2 = Files.readAllBytes(in.resolve("d2.pdf"));
    DocumentExtractor hangsOnD2 = pdf -> {
      // the extractor gets a working copy: recognise d2 by its bytes
      if (java.util.Arrays.equals(d2, readAll(pdf))) {
        while (true) { // ignores interrupts, like a stuck native call
          Thread.onSpinWait();
          if (Thread.interrupted()) {
            break;
          }
        }
        while (true) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException ignored) {
            // a badly behaved library swallows it
          }
        }
      }
      return fake.extract(pdf);
    };
    BatchResult r = run(options().timeout(Duration.ofMillis(500)), hangsOnD2);
    assertEquals(ErrorCode.TIMEOUT, entry("d2.pdf").errorCode());
    assertEquals(3, r.ok());
    assertEquals(1, r.abandonedThreads());
    assertEquals(1, r.stillRunning());
    assertEquals(1, r.exitCode());
  }

  private static byte[] readAll(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void pageLimitAndUnexpectedExceptions() throws Exception {
    TestPdfs.write(in.resolve("long.pdf"), TestPdfs.pages("long", 5));
    TestPdfs.write(in.resolve("short.pdf"), TestPdfs.pages("short", 2));
    run(options().maxPages(3), new PdfBoxTextExtractor(3));
    assertEquals(ErrorCode.TOO_MANY_PAGES, entry("long.pdf").errorCode());
    assertEquals(DocumentStatus.OK, entry("short.pdf").status());

    // the runner enforces the limit even when the extractor does not
    run(options().maxPages(1).rerun(RerunPolicy.FORCE), new PdfBoxTextExtractor(0));
    assertEquals(ErrorCode.TOO_MANY_PAGES, entry("short.pdf").errorCode());

    BatchResult bug = run(options().rerun(RerunPolicy.FORCE), pdf -> {
      throw new IllegalStateException("bug in the pipeline");
    });
    assertEquals(ErrorCode.INTERNAL, entry("long.pdf").errorCode());
    assertEquals(3, bug.exitCode());

    run(options().rerun(RerunPolicy.FORCE), pdf -> {
      throw new StackOverflowError();
    });
    assertEquals(ErrorCode.INTERNAL, entry("short.pdf").errorCode());

    run(options().rerun(RerunPolicy.FORCE), pdf -> {
      throw new NianbaoException(ErrorCode.OCR_UNAVAILABLE, "no tesseract");
    });
    assertEquals(ErrorCode.OCR_UNAVAILABLE, entry("short.pdf").errorCode());
  }

  @Test
  void missingInputAndEmptyRun() throws Exception {
    Files.createDirectories(in);
    BatchResult empty = run(options(), new FakeExtractor(0));
    assertEquals(0, empty.total());
    assertEquals(0, empty.exitCode());

    BatchResult r = new BatchRunner(options().build(), new FakeExtractor(0))
        .run(List.of(tmp.resolve("nope.pdf")));
    assertEquals(ErrorCode.NOT_FOUND, r.failures().keySet().iterator().next());
    assertEquals(3, r.exitCode());
  }

  @Test
  void tornManifestLineIsToleratedAndRepaired() throws Exception {
    TestPdfs.write(in.resolve("a.pdf"), TestPdfs.onePage("a"));
    TestPdfs.write(in.resolve("b.pdf"), TestPdfs.onePage("b"));
    run(options(), new FakeExtractor(0));
    Path m = out.resolve(Manifest.FILE_NAME);
    String bLine = Files.readAllLines(m).get(1);
    // simulate kill -9 while b's line was being written: its line is cut mid-character
    List<String> lines = Files.readAllLines(m);
    byte[] torn = lines.get(1).getBytes(StandardCharsets.UTF_8);
    Files.write(m, (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(m, java.util.Arrays.copyOf(torn, torn.length - 7), StandardOpenOption.APPEND);
    assertEquals(1, Manifest.readLatest(out).size());

    FakeExtractor fake = new FakeExtractor(0);
    BatchResult r = run(options(), fake);
    assertEquals(1, fake.calls.get());
    assertEquals(1, r.skipped());
    assertEquals(2, Manifest.readLatest(out).size());
    try (Manifest reopened = Manifest.open(out)) {
      assertEquals(1, reopened.unreadableLines());
    }
    assertNotNull(bLine);
  }

  @Test
  void secondRunnerOnTheSameOutputIsRefused() throws Exception {
    Files.createDirectories(out);
    try (OutputLock held = OutputLock.acquire(out)) {
      TestPdfs.write(in.resolve("a.pdf"), TestPdfs.onePage("a"));
      IOException e = assertThrows(IOException.class, () -> run(options(), new FakeExtractor(0)));
      assertTrue(e.getMessage().contains("another nianbao run"));
    }
    assertNull(Manifest.readLatest(out).get("x"));
  }

  @Test
  void outputsAreValidJson() throws Exception {
    TestPdfs.write(in.resolve("a.pdf"), TestPdfs.onePage("a"));
    run(options(), new PdfBoxTextExtractor(0));
    var tree = new ObjectMapper().readTree(out.resolve("a.json").toFile());
    assertEquals(1, tree.path("source").path("pageCount").asInt());
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("ok"));
  }
}
