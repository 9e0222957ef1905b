package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;

/** OutputNames, InputProbe, ManifestEntry and CSV quoting on their own. */
class SmallPartsTest {
  @TempDir Path tmp;

  @Test
  void outputNamesAreDeterministicAndCollisionFree() {
    List<String> in = List.of("/x/2022/Report.pdf", "/x/2023/report.PDF", "/x/年报.pdf",
        "/x/a:b?.pdf");
    Map<String, String> n1 = OutputNames.assign(in, Map.of(), List.of());
    Map<String, String> n2 = OutputNames.assign(List.of(in.get(3), in.get(2), in.get(1), in.get(0)), Map.of(), List.of());
    assertEquals(n1, n2);
    assertEquals("年报.json", n1.get("/x/年报.pdf"));
    assertEquals("a_b_.json", n1.get("/x/a:b?.pdf"));
    assertTrue(n1.get("/x/2022/Report.pdf").matches("Report--[0-9a-f]{8}\\.json"));
    assertTrue(n1.get("/x/2023/report.PDF").matches("report--[0-9a-f]{8}\\.json"));
    // a name given by an earlier run sticks, and a newcomer with that base name steers clear
    Map<String, String> later = OutputNames.assign(List.of("/y/r.pdf", "/z/r.pdf"),
        Map.of("/y/r.pdf", "r.json"), List.of("/y/r.pdf"));
    assertEquals("r.json", later.get("/y/r.pdf"));
    assertTrue(later.get("/z/r.pdf").startsWith("r--"));
  }

  @Test
  void probeClassifiesCheaply() throws Exception {
    assertEquals(ErrorCode.NOT_FOUND, InputProbe.probe(tmp.resolve("missing.pdf")).rejection());
    assertEquals(ErrorCode.NOT_FOUND, InputProbe.probe(tmp).rejection());
    assertEquals(ErrorCode.EMPTY_FILE,
        InputProbe.probe(TestPdfs.write(tmp.resolve("e.pdf"), new byte[0])).rejection());
    assertEquals(ErrorCode.NOT_PDF,
        InputProbe.probe(TestPdfs.write(tmp.resolve("h.pdf"), TestPdfs.html())).rejection());
    assertTrue(InputProbe.probe(TestPdfs.write(tmp.resolve("z.pdf"),
        new byte[] {'P', 'K', 3, 4, 0})).message().contains("ZIP"));
    byte[] good = TestPdfs.onePage("x");
    assertEquals(ErrorCode.CORRUPT_PDF, InputProbe.probe(
        TestPdfs.write(tmp.resolve("t.pdf"), TestPdfs.truncated(good))).rejection());
    InputProbe.Result ok = InputProbe.probe(TestPdfs.write(tmp.resolve("g.pdf"), good));
    assertFalse(ok.rejected());
    assertNull(ok.suspicion());
    InputProbe.Result enc = InputProbe.probe(
        TestPdfs.write(tmp.resolve("s.pdf"), TestPdfs.encrypted()));
    assertFalse(enc.rejected()); // owner-only passwords open fine: only the loader can tell
    assertEquals(ErrorCode.ENCRYPTED, enc.suspicion());
  }

  @Test
  void manifestEntryRoundTripsAndRejectsTornLines() {
    ManifestEntry e = new ManifestEntry("/in/年报 \"1\".pdf", "年报 _1_.json", 12, "ab",
        DocumentStatus.FAILED, ErrorCode.TIMEOUT, "slow\nvery", 3, 1.23456, "v1",
        Instant.parse("2024-01-18T00:00:00Z"), null);
    String line = e.toJsonLine();
    assertFalse(line.contains("\n"));
    assertEquals(e.withSecondsRounded(), ManifestEntry.parse(line));
    for (int cut = 1; cut < line.length(); cut += 7) {
      String torn = line.substring(0, cut);
      try {
        ManifestEntry.parse(torn);
        throw new AssertionError("parsed a torn line: " + torn);
      } catch (IllegalArgumentException expected) {
        // the reader skips it
      }
    }
  }

  @Test
  void csvQuoting() {
    assertEquals("plain", SummaryCsv.quote("plain"));
    assertEquals("\"a,b\"", SummaryCsv.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", SummaryCsv.quote("say \"hi\""));
    assertEquals("\"two\nlines\"", SummaryCsv.quote("two\nlines"));
  }

  @Test
  void csvTextThatASpreadsheetWouldRunIsInert() {
    assertEquals("'=HYPERLINK(\"http://x\")", SummaryCsv.inert("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1+1", SummaryCsv.inert("+1+1"));
    assertEquals("'-2+3", SummaryCsv.inert("-2+3"));
    assertEquals("'@SUM(A1)", SummaryCsv.inert("@SUM(A1)"));
    // control characters are written as escapes, so a leading tab no longer starts a formula
    assertEquals("\\t=1", SummaryCsv.inert("\t=1"));
    assertEquals("'=1\\x00", SummaryCsv.inert("=1\u0000"));
    assertEquals("某某市人民政府", SummaryCsv.inert("某某市人民政府"));
    assertEquals("reports/a=b.pdf", SummaryCsv.inert("reports/a=b.pdf"));
    assertEquals("", SummaryCsv.inert(""));
  }
}
