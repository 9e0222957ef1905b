package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.Options;

/**
 * Tables broken over a page break at awkward rows (testdata/page-breaks, made by
 * scripts/page_break_sweep.py): the row at the break left open by the word processor (no border
 * under it or over the next), header rows repeated on the next page, a sub-item whose group
 * label stayed on the previous page. Every figure must equal the generator's truth.
 */
class PageBreakTruthTest {
  private static final String SET = "page-breaks";
  private static final AccuracyLedger LEDGER = new AccuracyLedger(SET);

  @TestFactory
  Stream<DynamicTest> everyFigureMatchesTruth() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TruthDocument doc : TruthDocument.load(SET)) {
      tests.add(DynamicTest.dynamicTest(doc.name(), () -> check(doc)));
    }
    assertTrue(tests.size() >= 5, "page-break corpus missing: found " + tests.size() + " documents");
    return tests.stream();
  }

  private static void check(TruthDocument doc) throws Exception {
    JsonNode actual = TruthRun.extract(doc, Options.defaults());
    assertEquals("", ReportSchema.errors(actual), "output violates the JSON Schema");
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    LEDGER.add(doc.name(), c);
    if (!c.mismatches.isEmpty() || !c.fieldMismatches.isEmpty() || !c.checksMatch()) {
      TruthRun.writeDiff(doc, c);
    }
    assertEquals(List.of(), c.fieldMismatches, "report fields");
    assertEquals(0, c.mismatches.size(), () -> c.mismatches.size() + " figures differ, first: "
        + c.mismatches.stream().limit(8).map(Object::toString).toList());
    assertEquals(c.expectedFailedChecks, c.actualFailedChecks, "failed checks");
  }

  @AfterAll
  static void report() throws Exception {
    System.out.println(LEDGER.summary());
    LEDGER.lines.forEach(System.out::println);
    LEDGER.write();
    assertTrue(LEDGER.figureAccuracy() >= AccuracyLedger.ratchet(SET, "figureAccuracy", 0.0),
        "figure accuracy dropped below the ratchet: " + LEDGER.summary());
    assertTrue(LEDGER.fieldAccuracy() >= AccuracyLedger.ratchet(SET, "fieldAccuracy", 0.0),
        "report-field accuracy dropped below the ratchet: " + LEDGER.summary());
  }
}
