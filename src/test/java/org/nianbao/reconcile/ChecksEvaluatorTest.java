package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Warning;

class ChecksEvaluatorTest {
  private final TemplateCatalog catalog = TemplateCatalog.fromClasspath();

  private static Map<String, Number> row(long v) {
    Map<String, Number> m = new LinkedHashMap<>();
    for (String c : List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
        "publicInterestOrganization", "legalServiceAgency", "other")) {
      m.put(c, 0L);
    }
    m.put("naturalPerson", v);
    m.put("total", v);
    return m;
  }

  @Test
  void resultsUseTheSubRowsWhenPrintedNeverBoth() {
    Map<String, Map<String, Number>> a = new LinkedHashMap<>();
    for (ApplicationsForm.Row r : catalog.applications().rows()) {
      a.put(r.key(), row(0));
    }
    a.put("otherOverdueCorrection", row(1));
    a.put("otherOther", row(2));
    a.put("otherHandling", row(3)); // derived 1+2, must not be counted again
    a.put("resultsTotal", row(3));
    a.put("newReceived", row(3));
    List<Warning> warnings = new ArrayList<>();
    List<Check> checks = ChecksEvaluator.evaluate(
        new Data(Map.of(), a, Map.of()), catalog.applications(), catalog.reviews(), warnings);
    assertTrue(checks.stream().allMatch(Check::passed), checks.toString());
    Equation results = CheckEquations.of(new Data(Map.of(), a, Map.of()), catalog.applications(),
        catalog.reviews()).stream()
        .filter(e -> e.rule().equals("applications.results") && e.scope().equals("total"))
        .findFirst().orElseThrow();
    assertFalse(results.terms().containsKey("applications.otherHandling.total"));
    assertTrue(results.terms().containsKey("applications.otherOther.total"));
    assertTrue(warnings.isEmpty());
  }

  @Test
  void oneOtherRowCountsWhenSubRowsAreAbsent() {
    Map<String, Map<String, Number>> a = new LinkedHashMap<>();
    for (ApplicationsForm.Row r : catalog.applications().rows()) {
      if (!r.optional()) {
        a.put(r.key(), row(0));
      }
    }
    a.put("otherHandling", row(4));
    a.put("resultsTotal", row(5));
    List<Check> checks = ChecksEvaluator.evaluate(
        new Data(Map.of(), a, Map.of()), catalog.applications(), catalog.reviews(), new ArrayList<>());
    Check total = checks.stream()
        .filter(c -> c.rule().equals("applications.results") && c.scope().equals("total"))
        .findFirst().orElseThrow();
    assertFalse(total.passed());
    assertEquals(4L, total.expected());
    assertEquals(5L, total.actual());
    assertEquals("resultsTotal.total printed 5, parts sum to 4", total.message());
  }

  @Test
  void reviewTotalIsCheckedPerGroup() {
    Map<String, Map<String, Number>> r = new LinkedHashMap<>();
    r.put("administrativeReview", new LinkedHashMap<>(Map.of(
        "upheld", 1L, "corrected", 2L, "other", 0L, "pending", 0L, "total", 4L)));
    List<Check> checks = ChecksEvaluator.evaluate(
        new Data(Map.of(), Map.of(), r), catalog.applications(), catalog.reviews(), new ArrayList<>());
    assertEquals(1, checks.size());
    assertEquals("reviewsAndLawsuits.total", checks.get(0).rule());
    assertEquals("administrativeReview", checks.get(0).scope());
    assertFalse(checks.get(0).passed());
  }
}
