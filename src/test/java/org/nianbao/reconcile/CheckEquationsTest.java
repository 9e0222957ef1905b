package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;

/**
 * The one list of check equations from the template files, on in-memory reports. Keys and rules
 * are typed here from the spec (docs/model.md, "checks"), not taken from the template files.
 */
class CheckEquationsTest {
  private final TemplateCatalog catalog = TemplateCatalog.fromClasspath();

  private static final List<String> APPLICANTS = List.of("naturalPerson", "commercialEnterprise",
      "researchInstitution", "publicInterestOrganization", "legalServiceAgency", "other");
  private static final List<String> COLUMNS = concat(APPLICANTS, List.of("total"));
  private static final List<String> OTHER_SUB_ROWS =
      List.of("otherOverdueCorrection", "otherOverdueFee", "otherOther");
  /** (一)–(五) of 三、本年度办理结果; (六) is either its sub-rows or its one row. */
  private static final List<String> RESULTS_ONE_TO_FIVE = List.of("granted", "partiallyGranted",
      "deniedStateSecret", "deniedProhibitedByLaw", "deniedThreeSafetiesOneStability",
      "deniedThirdPartyRights", "deniedInternalAffairs", "deniedProcessInformation",
      "deniedEnforcementFile", "deniedQueryMatter", "unableNotHeld", "unableNeedsCreation",
      "unableStillUnclear", "notProcessedPetition", "notProcessedRepeated",
      "notProcessedPublication", "notProcessedExcessive", "notProcessedConfirmation");
  private static final List<String> GROUPS =
      List.of("administrativeReview", "lawsuitDirect", "lawsuitAfterReview");
  private static final List<String> REVIEW_PARTS =
      List.of("upheld", "corrected", "other", "pending");
  private static final List<String> REVIEW_FIELDS = concat(REVIEW_PARTS, List.of("total"));

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  // --- every equation names cells of the template

  @Test
  void everyEquationNamesCellsOfTheTemplate() {
    Set<String> cells = new LinkedHashSet<>();
    for (ApplicationsForm.Row r : catalog.applications().rows()) {
      catalog.applications().columnKeys().forEach(c -> cells.add("applications." + r.key() + "." + c));
    }
    for (LabelSet g : catalog.reviews().groups()) {
      catalog.reviews().fields().forEach(f -> cells.add("reviewsAndLawsuits." + g.key() + "." + f.key()));
    }
    for (boolean subRows : List.of(true, false)) {
      Data data = new Data(Map.of(), fullApplications(subRows), zeroReviews());
      List<Equation> printed = CheckEquations.of(data, catalog.applications(), catalog.reviews());
      List<Equation> read = CheckEquations.of(data, derivedOtherHandling(subRows),
          catalog.applications(), catalog.reviews());
      // the spec: rowTotal per row, results and balance per column, total per group
      int rows = data.applications().size();
      assertEquals(rows + 7 + 7 + 3, printed.size());
      assertEquals(printed.size(), read.size());
      for (Equation e : concat(printed, read)) {
        assertTrue(!e.terms().isEmpty(), e.name());
        for (String path : e.terms().keySet()) {
          assertTrue(cells.contains(path), e.name() + " names " + path + ", not a template cell");
        }
      }
    }
  }

  @Test
  void theChecksCoveringAFigureAreTheEquationsNamingIt() {
    // (六) is printed in one form or the other: a figure is covered by what names it in either
    Map<String, Set<ReportChecks.RuleScope>> naming = new LinkedHashMap<>();
    for (boolean subRows : List.of(true, false)) {
      Data data = new Data(Map.of(), fullApplications(subRows), zeroReviews());
      for (Equation e : CheckEquations.of(data, catalog.applications(), catalog.reviews())) {
        e.terms().keySet().forEach(p -> naming.computeIfAbsent(p, k -> new LinkedHashSet<>())
            .add(new ReportChecks.RuleScope(e.rule(), e.scope())));
      }
    }
    ReportChecks checks = new ReportChecks(catalog);
    for (Map.Entry<String, Set<ReportChecks.RuleScope>> n : naming.entrySet()) {
      assertEquals(n.getValue(), Set.copyOf(checks.covering(n.getKey())), n.getKey());
    }
    // by hand, from the spec: a (六) sub-row is in its row's total and in results of its column
    assertEquals(List.of(new ReportChecks.RuleScope("applications.rowTotal", "otherOther"),
            new ReportChecks.RuleScope("applications.results", "other")),
        checks.covering("applications.otherOther.other"));
    assertEquals(List.of(), checks.covering("activeDisclosure.regulations.issued"));
  }

  @Test
  void aCheckNamingAKeyTheTableLacksIsRefused() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var table = json.readTree("{\"checks\": [{\"rule\": \"x.total\", \"each\": \"row\","
        + " \"total\": \"total\", \"parts\": [\"a\", \"typo\"]}]}");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TemplateCatalog.checks(table, "x", List.of("r1"), List.of("a", "b", "total"),
            Map.of()));
    assertTrue(e.getMessage().contains("typo"), e.getMessage());
    var twice = json.readTree("{\"checks\": [{\"rule\": \"x.sum\", \"each\": \"column\","
        + " \"left\": [\"r1\"], \"right\": [\"r1\"]}]}");
    assertThrows(IllegalStateException.class,
        () -> TemplateCatalog.checks(twice, "x", List.of("r1"), List.of("a"), Map.of()));
    // a row and a row it is summed from would count the same figures twice
    var both = json.readTree("{\"checks\": [{\"rule\": \"x.sum\", \"each\": \"column\","
        + " \"total\": \"t\", \"parts\": [\"six\", \"sixA\"]}]}");
    assertThrows(IllegalStateException.class, () -> TemplateCatalog.checks(both, "x",
        List.of("sixA", "six", "t"), List.of("a"), Map.of("six", List.of("sixA"))));
    // the same rule without the sub-row is accepted
    var one = json.readTree("{\"checks\": [{\"rule\": \"x.sum\", \"each\": \"column\","
        + " \"total\": \"t\", \"parts\": [\"six\"]}]}");
    assertEquals(1, TemplateCatalog.checks(one, "x", List.of("sixA", "six", "t"), List.of("a"),
        Map.of("six", List.of("sixA"))).size());
  }

  // --- the checks produced from the equations, on a report with one known inconsistency

  //                         自然人 商业 科研 公益 法律 其他 总计
  // newReceived               10    2    0    0    1    0   13
  // carriedOver                2    0    0    0    0    0    2
  // granted                    6    1    0    0    0    0    7
  // partiallyGranted           1    0    0    0    0    0    1
  // deniedThirdPartyRights     1    0    0    0    0    0    1
  // unableNotHeld              1    1    0    0    0    0    2   ← printed 3: the inconsistency
  // otherOverdueCorrection     1    0    0    0    1    0    2
  // otherHandling (derived)    1    0    0    0    1    0    2
  // resultsTotal              10    2    0    0    1    0   13
  // carriedForward             2    0    0    0    0    0    2
  // every other row 0. Rows, results per column and balance all hold by hand, save row
  // unableNotHeld (parts 2, printed 3) and so results [total] (parts 7+1+1+3+2 = 14, printed 13).
  private static Map<String, Map<String, Number>> handBuilt() {
    Map<String, Map<String, Number>> a = fullApplications(true);
    set(a, "newReceived", 10, 2, 0, 0, 1, 0, 13);
    set(a, "carriedOver", 2, 0, 0, 0, 0, 0, 2);
    set(a, "granted", 6, 1, 0, 0, 0, 0, 7);
    set(a, "partiallyGranted", 1, 0, 0, 0, 0, 0, 1);
    set(a, "deniedThirdPartyRights", 1, 0, 0, 0, 0, 0, 1);
    set(a, "unableNotHeld", 1, 1, 0, 0, 0, 0, 3);
    set(a, "otherOverdueCorrection", 1, 0, 0, 0, 1, 0, 2);
    set(a, "otherHandling", 1, 0, 0, 0, 1, 0, 2);
    set(a, "resultsTotal", 10, 2, 0, 0, 1, 0, 13);
    set(a, "carriedForward", 2, 0, 0, 0, 0, 0, 2);
    return a;
  }

  private static Map<String, Map<String, Number>> reviews() {
    Map<String, Map<String, Number>> r = zeroReviews();
    r.put("administrativeReview", fields(REVIEW_FIELDS, 1, 0, 0, 1, 2));
    r.put("lawsuitAfterReview", fields(REVIEW_FIELDS, 0, 1, 0, 0, 1));
    return r;
  }

  @Test
  void checksFromTheEquationsAreTheSpecRulesOnAHandBuiltReport() {
    Map<String, Map<String, Number>> a = handBuilt();
    Map<String, Map<String, Number>> r = reviews();
    List<Warning> warnings = new ArrayList<>();
    List<Check> checks = ChecksEvaluator.evaluate(
        new Data(Map.of(), a, r), catalog.applications(), catalog.reviews(), warnings);

    // the spec's rules, evaluated here directly, in the order they are emitted
    List<Check> expected = new ArrayList<>();
    for (String row : a.keySet()) {
      long parts = APPLICANTS.stream().mapToLong(c -> a.get(row).get(c).longValue()).sum();
      long printed = a.get(row).get("total").longValue();
      expected.add(new Check("applications.rowTotal", row, parts == printed, parts, printed,
          row + ".total printed " + printed + ", parts sum to " + parts));
    }
    // (六) printed as sub-rows: they count, the one row summed from them does not
    List<String> resultRows = concat(RESULTS_ONE_TO_FIVE, OTHER_SUB_ROWS);
    for (String col : COLUMNS) {
      long parts = resultRows.stream().mapToLong(row -> a.get(row).get(col).longValue()).sum();
      long printed = a.get("resultsTotal").get(col).longValue();
      expected.add(new Check("applications.results", col, parts == printed, parts, printed,
          "resultsTotal." + col + " printed " + printed + ", parts sum to " + parts));
    }
    for (String col : COLUMNS) {
      long in = a.get("newReceived").get(col).longValue() + a.get("carriedOver").get(col).longValue();
      long out = a.get("resultsTotal").get(col).longValue()
          + a.get("carriedForward").get(col).longValue();
      expected.add(new Check("applications.balance", col, in == out, in, out, col
          + ": newReceived + carriedOver = " + in + ", resultsTotal + carriedForward = " + out));
    }
    for (String g : GROUPS) {
      long parts = REVIEW_PARTS.stream().mapToLong(f -> r.get(g).get(f).longValue()).sum();
      long printed = r.get(g).get("total").longValue();
      expected.add(new Check("reviewsAndLawsuits.total", g, parts == printed, parts, printed,
          g + ".total printed " + printed + ", parts sum to " + parts));
    }
    assertEquals(expected, checks);
    assertEquals(List.of(), warnings);

    // and the one inconsistency, by hand
    List<Check> failed = checks.stream().filter(c -> !c.passed()).toList();
    assertEquals(List.of(
        new Check("applications.rowTotal", "unableNotHeld", false, 2L, 3L,
            "unableNotHeld.total printed 3, parts sum to 2"),
        new Check("applications.results", "total", false, 14L, 13L,
            "resultsTotal.total printed 13, parts sum to 14")), failed);
  }

  @Test
  void aNullFigureSkipsOnlyTheChecksThatNeedIt() {
    Map<String, Map<String, Number>> a = handBuilt();
    a.get("carriedForward").put("commercialEnterprise", null);
    List<Warning> warnings = new ArrayList<>();
    List<Check> checks = ChecksEvaluator.evaluate(new Data(Map.of(), a, reviews()),
        catalog.applications(), catalog.reviews(), warnings);
    // carriedForward's row total and the balance of its column need it; results do not
    assertEquals(List.of("applications.rowTotal [carriedForward]: skipped, a value it needs is"
            + " missing or unreadable",
        "applications.balance [commercialEnterprise]: skipped, a value it needs is missing or"
            + " unreadable"),
        warnings.stream().map(Warning::message).toList());
    assertEquals(a.size() + 7 + 7 + 3 - 2, checks.size());
  }

  // --- the corrector and the evaluator on the same equations

  /**
   * The hand-built report with row unableNotHeld consistent (total 2) and one sub-row figure
   * misread by OCR: otherOverdueCorrection.naturalPerson read 0 (printed 1) at confidence 0.5.
   * The (六) row is summed from its sub-rows, so it carries the misreading too.
   */
  @Test
  void correctorAndEvaluatorAgreeOnTheFailingEquations() {
    Map<String, Map<String, Number>> a = handBuilt();
    a.get("unableNotHeld").put("total", 2L);
    a.get("otherOverdueCorrection").put("naturalPerson", 0L);
    a.get("otherHandling").put("naturalPerson", 0L);
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    a.forEach((row, fields) -> fields.keySet().forEach(col -> provenance.put(
        "applications." + row + "." + col, row.equals("otherHandling") ? Provenance.derived()
            : new Provenance("t2", 0, 0, 3, ValueSource.OCR, "x", 0.99))));
    String misread = "applications.otherOverdueCorrection.naturalPerson";
    provenance.put(misread, new Provenance("t2", 9, 1, 3, ValueSource.OCR, "0", 0.5));
    Data data = new Data(Map.of(), a, reviews());

    List<Check> checks = ChecksEvaluator.evaluate(data, catalog.applications(), catalog.reviews(),
        new ArrayList<>());
    Set<String> failing = checks.stream().filter(c -> !c.passed())
        .map(c -> c.rule() + " [" + c.scope() + "]").collect(Collectors.toSet());
    // by hand: the sub-row's total, the derived row's total, and results in the column
    assertEquals(Set.of("applications.rowTotal [otherOverdueCorrection]",
        "applications.rowTotal [otherHandling]", "applications.results [naturalPerson]"), failing);

    Map<String, Number> values = new LinkedHashMap<>();
    a.forEach((row, fields) -> fields.forEach((col, v) -> values.put("applications." + row + "." + col, v)));
    reviews().forEach((g, fields) -> fields.forEach((f, v) -> values.put("reviewsAndLawsuits." + g + "." + f, v)));
    List<Equation> equations =
        CheckEquations.of(data, provenance, catalog.applications(), catalog.reviews());
    // the read-cell equations fail exactly where the emitted checks do
    assertEquals(failing, equations.stream().filter(e -> e.residual(values::get) != 0)
        .map(Equation::name).collect(Collectors.toSet()));

    ChecksumCorrector.Result result =
        ChecksumCorrector.correct(values, provenance, equations, CellAlternatives.NONE);
    assertEquals(1, result.corrections().size());
    ChecksumCorrector.Correction c = result.corrections().get(0);
    assertEquals(misread, c.path());
    assertEquals(1L, c.value());
    String message = result.warnings().get(0).message();
    failing.forEach(name -> assertTrue(message.contains(name), message));

    // with the correction (and the (六) row summed again) every check passes
    a.get("otherOverdueCorrection").put("naturalPerson", 1L);
    a.get("otherHandling").put("naturalPerson", 1L);
    List<Check> after = ChecksEvaluator.evaluate(new Data(Map.of(), a, reviews()),
        catalog.applications(), catalog.reviews(), new ArrayList<>());
    assertTrue(after.stream().allMatch(Check::passed), after.toString());
  }

  // --- a derived (六) figure carries the doubt of its sub-rows

  /**
   * Built by hand: every figure of table 三 printed 0, (六) printed as its three sub-rows only.
   * OCR misread two zeros of column legalServiceAgency as 1 and flagged both (confidence 0.0):
   * otherOverdueCorrection and otherOther. The cell unableNeedsCreation.legalServiceAgency was
   * unreadable (null), so the column's results check cannot be evaluated, and the (六) row's total
   * check is skipped for its null naturalPerson. The summed (六) figure in that column is then
   * 1 + 0 + 1 = 2 (printed 0) with no failed check covering it: it must not come out confident.
   * In commercialEnterprise the one doubtful sub-row was set by a reviewer, so the sum is settled.
   */
  @Test
  void derivedFigureSummedFromDoubtfulSubRowsIsDoubtful() {
    Map<String, Map<String, Number>> a = fullApplications(true);
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    a.forEach((row, fields) -> fields.keySet().forEach(col -> provenance.put(
        "applications." + row + "." + col,
        new Provenance("t2", 0, 0, 4, ValueSource.OCR, "0", 0.966))));
    provenance.putAll(derivedOtherHandling(true));
    String lsa = "legalServiceAgency";
    a.get("otherOverdueCorrection").put(lsa, 1L);
    provenance.put("applications.otherOverdueCorrection." + lsa,
        new Provenance("t2", 23, 7, 4, ValueSource.OCR, "1", 0.0));
    a.get("otherOther").put(lsa, 1L);
    provenance.put("applications.otherOther." + lsa,
        new Provenance("t2", 25, 7, 4, ValueSource.OCR, "1", 0.0));
    a.get("unableNeedsCreation").put(lsa, null);
    provenance.put("applications.unableNeedsCreation." + lsa,
        new Provenance("t2", 16, 7, 4, ValueSource.OCR, "刘酌", 0.0));
    a.get("otherOverdueCorrection").put("naturalPerson", null);
    provenance.put("applications.otherOverdueCorrection.naturalPerson",
        new Provenance("t2", 23, 1, 4, ValueSource.OCR, "?", 0.0));
    provenance.put("applications.otherOverdueFee.commercialEnterprise",
        new Provenance("t2", 24, 2, 4, ValueSource.OCR, "0", 0.3)
            .reviewed("0", "reviewer", java.time.Instant.EPOCH));

    ReportChecks.Result r = new ReportChecks(catalog)
        .reevaluate(new Data(Map.of(), a, zeroReviews()), provenance);

    String summed = "applications.otherHandling." + lsa;
    assertEquals(2L, r.data().applications().get("otherHandling").get(lsa));
    // the checks that would catch it could not run
    Set<String> skipped = r.skipped().stream().map(Warning::message).collect(Collectors.toSet());
    assertTrue(skipped.stream().anyMatch(m -> m.startsWith("applications.results [" + lsa + "]")),
        skipped.toString());
    assertTrue(r.checks().stream().noneMatch(c -> !c.passed()
        && (c.scope().equals(lsa) || c.scope().equals("otherHandling"))), r.checks().toString());
    Provenance p = r.provenance().get(summed);
    assertEquals(ValueSource.DERIVED, p.source());
    assertEquals(0.0, p.confidence());
    // a sum of confident parts, and one over a reviewed part, stays as before
    assertEquals(null, r.provenance().get("applications.otherHandling.other").confidence());
    assertEquals(null,
        r.provenance().get("applications.otherHandling.commercialEnterprise").confidence());
    // unknown part: no sum
    assertEquals(null, r.data().applications().get("otherHandling").get("naturalPerson"));
  }

  // --- in-memory reports

  /** Every row of table 三 at zero: (六) as its three sub-rows (plus the row summed from them) or as one row. */
  private static Map<String, Map<String, Number>> fullApplications(boolean subRows) {
    Map<String, Map<String, Number>> a = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>(List.of("newReceived", "carriedOver"));
    rows.addAll(RESULTS_ONE_TO_FIVE);
    if (subRows) {
      rows.addAll(OTHER_SUB_ROWS);
    }
    rows.addAll(List.of("otherHandling", "resultsTotal", "carriedForward"));
    rows.forEach(r -> a.put(r, fields(COLUMNS, 0, 0, 0, 0, 0, 0, 0)));
    return a;
  }

  private static Map<String, Map<String, Number>> zeroReviews() {
    Map<String, Map<String, Number>> r = new LinkedHashMap<>();
    GROUPS.forEach(g -> r.put(g, fields(REVIEW_FIELDS, 0, 0, 0, 0, 0)));
    return r;
  }

  private static Map<String, Provenance> derivedOtherHandling(boolean subRows) {
    Map<String, Provenance> p = new LinkedHashMap<>();
    if (subRows) {
      COLUMNS.forEach(c -> p.put("applications.otherHandling." + c, Provenance.derived()));
    }
    return p;
  }

  private static void set(Map<String, Map<String, Number>> a, String row, long... v) {
    a.put(row, fields(COLUMNS, v));
  }

  private static Map<String, Number> fields(List<String> keys, long... v) {
    Map<String, Number> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), v[i]);
    }
    return m;
  }
}
