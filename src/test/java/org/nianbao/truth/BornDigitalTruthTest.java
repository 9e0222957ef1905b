package org.nianbao.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.Options;

/**
 * Every figure of every born-digital test PDF (generated set and the five rebuilt seeds) must
 * equal its truth, report fields must match, and checks must fail exactly where the truth's
 * printed figures do not add up.
 */
class BornDigitalTruthTest {
  private static final List<String> SETS = List.of("born-digital", "seeds", "layouts");
  private static final Map<String, AccuracyLedger> LEDGERS = new LinkedHashMap<>();

  @TestFactory
  Stream<DynamicTest> everyFigureMatchesTruth() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String set : SETS) {
      AccuracyLedger ledger = LEDGERS.computeIfAbsent(set, AccuracyLedger::new);
      for (TruthDocument doc : TruthDocument.load(set)) {
        tests.add(DynamicTest.dynamicTest(doc.name(), () -> check(doc, ledger)));
      }
    }
    assertTrue(tests.size() >= 5, "test corpus missing: found " + tests.size() + " documents");
    return tests.stream();
  }

  private static void check(TruthDocument doc, AccuracyLedger ledger) throws Exception {
    JsonNode actual = TruthRun.extract(doc, Options.defaults());
    assertEquals("", ReportSchema.errors(actual), "output violates the JSON Schema");
    for (JsonNode page : actual.path("pages")) {
      assertEquals("text-layer", page.path("textSource").asText(),
          "a page with a good text layer is never OCRed: page " + page.path("number"));
    }
    FigureComparison c = FigureComparison.compare(doc.truth(), actual);
    ledger.add(doc.name(), c);
    if (!c.mismatches.isEmpty() || !c.fieldMismatches.isEmpty() || !c.checksMatch()) {
      TruthRun.writeDiff(doc, c);
    }
    assertEquals(List.of(), c.fieldMismatches, "report fields");
    assertEquals(0, c.mismatches.size(), () -> c.mismatches.size() + " figures differ, first: "
        + c.mismatches.stream().limit(8).map(Object::toString).toList()
        + " (all in target/truth-output/" + doc.set() + ")");
    assertEquals(c.expectedFailedChecks, c.actualFailedChecks, "failed checks");
    assertEquals(
        doc.truth().path("sections").toString(),
        sectionNumbers(actual).toString(), "sections");
  }

  private static JsonNode sectionNumbers(JsonNode actual) {
    var arr = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    for (JsonNode s : actual.path("sections")) {
      arr.add(s.path("number").asText());
    }
    return arr;
  }

  @AfterAll
  static void report() throws Exception {
    for (AccuracyLedger l : LEDGERS.values()) {
      System.out.println(l.summary());
      l.lines.forEach(System.out::println);
      l.write();
      assertTrue(l.figureAccuracy() >= AccuracyLedger.ratchet(l.set, "figureAccuracy", 0.0),
          "figure accuracy dropped below the ratchet: " + l.summary());
      assertTrue(l.fieldAccuracy() >= AccuracyLedger.ratchet(l.set, "fieldAccuracy", 0.0),
          "report-field accuracy dropped below the ratchet: " + l.summary());
    }
  }
}
