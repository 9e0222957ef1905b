package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.Options;

/**
 * The scanned variants of the test PDFs (testdata/scanned: rasterised at 150–300 dpi, skewed,
 * noisy, JPEG, some pages sideways; truth identical to the born-digital source). Per document:
 * every page is read by OCR with its rotation detected; per set: the figure accuracy, the share
 * of wrong figures that are flagged, and the report-field accuracy, as a ratchet.
 */
class ScannedTruthTest {
  private static final String SET = "scanned";
  private static final AccuracyLedger LEDGER = new AccuracyLedger(SET);

  @TestFactory
  Stream<DynamicTest> scannedReportsMatchTruth() {
    List<TruthDocument> docs = TruthDocument.load(SET);
    Assumptions.assumeTrue(!docs.isEmpty(), "no scanned test set");
    List<DynamicTest> tests = new ArrayList<>();
    for (TruthDocument doc : docs) {
      tests.add(DynamicTest.dynamicTest(doc.name(), () -> check(doc)));
    }
    return tests.stream();
  }

  private static void check(TruthDocument doc) throws Exception {
    check(doc, LEDGER);
  }

  /** Reads one scanned truth document, adds it to the set's ledger and checks it. */
  static void check(TruthDocument doc, AccuracyLedger ledger) throws Exception {
    JsonNode actual = TruthRun.extract(doc, Options.defaults());
    assertEquals("", ReportSchema.errors(actual), "output violates the JSON Schema");
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    ledger.add(doc.name(), c);
    if (!c.mismatches.isEmpty() || !c.fieldMismatches.isEmpty() || !c.checksMatch()) {
      TruthRun.writeDiff(doc, c);
    }
    JsonNode sideways = doc.truth().path("scan").path("sideways");
    for (JsonNode page : actual.path("pages")) {
      assertEquals("ocr", page.path("textSource").asText(), "page " + page.path("number"));
      boolean turned = false;
      for (JsonNode s : sideways) {
        turned |= s.asInt() == page.path("number").asInt();
      }
      // the generator turned sideways pages clockwise by sidewaysDegrees: the clockwise turn
      // back is the rest of the circle
      int expected = turned ? (360 - doc.truth().path("scan").path("sidewaysDegrees").asInt()) % 360
          : 0;
      assertEquals(expected, page.path("rotation").asInt(),
          "rotation of page " + page.path("number"));
    }
    assertEquals(0, c.mismatches.stream().filter(m -> !m.flagged()).count(),
        () -> "wrong figures must be flagged (null, confidence < 0.9 or a failed check): "
            + c.mismatches.stream().filter(m -> !m.flagged()).limit(8).toList());
  }

  @AfterAll
  static void report() throws Exception {
    report(LEDGER);
  }

  /** Prints the set's accuracy, writes it under target/accuracy and holds it to the ratchet. */
  static void report(AccuracyLedger ledger) throws Exception {
    if (ledger.documents == 0) {
      return;
    }
    System.out.println(ledger.summary());
    ledger.lines.forEach(System.out::println);
    ledger.write();
    assertTrue(ledger.figureAccuracy() >= AccuracyLedger.ratchet(ledger.set, "figureAccuracy", 0.0),
        "figure accuracy below the ratchet: " + ledger.summary());
    assertTrue(ledger.fieldAccuracy() >= AccuracyLedger.ratchet(ledger.set, "fieldAccuracy", 0.0),
        "report-field accuracy below the ratchet: " + ledger.summary());
  }
}
