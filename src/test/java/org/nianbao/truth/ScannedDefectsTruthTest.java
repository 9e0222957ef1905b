package org.nianbao.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scans with the defects of paper archives (testdata/scanned-defects, made by
 * {@code scripts/gen-scans --defects selection}): photocopies with faded rules, red official
 * seals over the signature (colour and gray scans), edge shadows, punch holes. Checked as the
 * plain scanned set is (figures, report fields, rotations, no wrong figure unflagged), with its
 * own ratchet.
 */
class ScannedDefectsTruthTest {
  private static final AccuracyLedger LEDGER = new AccuracyLedger("scanned-defects");

  @TestFactory
  Stream<DynamicTest> defectScansMatchTruth() {
    List<TruthDocument> docs = TruthDocument.load(LEDGER.set);
    Assumptions.assumeTrue(!docs.isEmpty(), "no defect scan set");
    List<DynamicTest> tests = new ArrayList<>();
    for (TruthDocument doc : docs) {
      String defects = String.join("+", iterable(doc.truth().path("scan").path("defects")));
      tests.add(DynamicTest.dynamicTest(doc.name() + " [" + defects + "]",
          () -> ScannedTruthTest.check(doc, LEDGER)));
    }
    return tests.stream();
  }

  private static List<String> iterable(com.fasterxml.jackson.databind.JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @AfterAll
  static void report() throws Exception {
    ScannedTruthTest.report(LEDGER);
  }
}
