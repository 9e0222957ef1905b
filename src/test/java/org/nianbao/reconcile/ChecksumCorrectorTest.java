package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.Provenance;
import org.nianbao.model.Table;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;

/**
 * Checksum-guided reading on OCR'd grids. Every scenario starts from one consistent table 三
 * (below, typed by hand and checked by hand: rows, columns and balance all hold) and misreads
 * some of its figures.
 */
class ChecksumCorrectorTest {
  private final TemplateReconciler reconciler = TemplateReconciler.fromClasspath();

  private static final String CORRECTED = "CORRECTED_BY_CHECKS";
  private static final String AMBIGUOUS = "CORRECTION_AMBIGUOUS";
  private static final int NP = 0;
  private static final int CE = 1;
  private static final int TOTAL = 6;

  //                         自然人 商业 科研 公益 法律 其他 总计
  // newReceived               16    5    0    1    0    2   24
  // carriedOver                3    0    0    0    0    0    3
  // granted                    8    3    0    1    0    1   13
  // partiallyGranted           2    0    0    0    0    0    2
  // unableNotHeld              4    1    0    0    0    1    6
  // notProcessedRepeated       1    0    0    0    0    0    1
  // resultsTotal              15    4    0    1    0    2   22
  // carriedForward             4    1    0    0    0    0    5
  private static ApplicationsGrid printed() {
    return ApplicationsGrid.standard(false).method("image")
        .values("newReceived", "16", "5", "0", "1", "0", "2", "24")
        .values("carriedOver", "3", "0", "0", "0", "0", "0", "3")
        .values("granted", "8", "3", "0", "1", "0", "1", "13")
        .values("partiallyGranted", "2", "0", "0", "0", "0", "0", "2")
        .values("unableNotHeld", "4", "1", "0", "0", "0", "1", "6")
        .values("notProcessedRepeated", "1", "0", "0", "0", "0", "0", "1")
        .values("resultsTotal", "15", "4", "0", "1", "0", "2", "22")
        .values("carriedForward", "4", "1", "0", "0", "0", "0", "5");
  }

  private static Table reviewsZero() {
    return Grids.reviews("t3", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
        "0");
  }

  /**
   * A one-page lattice grid re-labelled as read from an image of its page: every cell 0.99
   * unless given ("r,c").
   */
  private static Table asImage(Table t, Map<String, Double> confidence) {
    List<Cell> cells = new ArrayList<>();
    for (Cell c : t.cells()) {
      cells.add(new Cell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), c.text(),
          t.pages().get(0), null, confidence.getOrDefault(c.row() + "," + c.column(), 0.99)));
    }
    return new Table(t.id(), t.pages(), "image", t.rowCount(), t.columnCount(), cells);
  }

  /** Alternatives for single cells, "text@confidence" each. */
  private static final class Offers implements CellAlternatives {
    private final Map<String, List<Reading>> byCell = new HashMap<>();

    Offers at(String table, int row, int column, String... readings) {
      List<Reading> list = new ArrayList<>();
      for (String r : readings) {
        String[] p = r.split("@");
        list.add(new Reading(p[0], Double.parseDouble(p[1])));
      }
      byCell.put(table + "|" + row + "|" + column, list);
      return this;
    }

    @Override
    public List<Reading> alternatives(String tableId, int row, int column) {
      return byCell.getOrDefault(tableId + "|" + row + "|" + column, List.of());
    }
  }

  private static Set<String> failed(Reconciliation r) {
    return r.checks().stream().filter(c -> !c.passed())
        .map(c -> c.rule() + "/" + c.scope()).collect(Collectors.toSet());
  }

  private static String apps(String row, String column) {
    return "applications." + row + "." + column;
  }

  // --- table 三

  @Test
  void lowConfidenceMisreadIsCorrectedFromItsAlternatives() {
    ApplicationsGrid g = printed().values("granted", "3", "3", "0", "1", "0", "1", "13")
        .confidence("granted", NP, 0.6);
    Offers offers = new Offers().at("t2", g.gridRow("granted"), 3 + NP, "8@0.55", "5@0.30");
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()), offers);

    assertEquals(8L, r.data().get(apps("granted", "naturalPerson")));
    Provenance p = r.provenance().get(apps("granted", "naturalPerson"));
    assertEquals(ValueSource.CORRECTED, p.source());
    assertEquals("3", p.raw());
    assertEquals(0.55, p.confidence());
    assertEquals("t2", p.table());
    assertEquals(g.gridRow("granted"), p.row());
    assertEquals(Set.of(), failed(r));
    List<Warning> w = r.warnings(CORRECTED);
    assertEquals(1, w.size(), r.warnings().toString());
    assertEquals(2, w.get(0).page());
    assertTrue(w.get(0).message().startsWith("applications.granted.naturalPerson: 3 → 8"),
        w.get(0).message());
    assertEquals(List.of(), r.warnings(AMBIGUOUS));
    assertEquals(1, r.warnings("LOW_CONFIDENCE").size());
  }

  @Test
  void withoutAlternativesTheEquationsImplyTheValue() {
    ApplicationsGrid g = printed().values("granted", "3", "3", "0", "1", "0", "1", "13")
        .confidence("granted", NP, 0.6)
        .confidence("granted", TOTAL, 0.95)
        .confidence("resultsTotal", NP, 0.97);
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));

    assertEquals(8L, r.data().get(apps("granted", "naturalPerson")));
    Provenance p = r.provenance().get(apps("granted", "naturalPerson"));
    assertEquals(ValueSource.CORRECTED, p.source());
    assertEquals("3", p.raw());
    // implied by rowTotal/granted (others at least 0.95) and results/naturalPerson (at least
    // 0.97), but never read: held below the 0.9 flag threshold
    assertEquals(0.89, p.confidence());
    assertEquals(Set.of(), failed(r));
    assertEquals(1, r.warnings(CORRECTED).size());
  }

  @Test
  void confidentMisreadIsNeverChanged() {
    ApplicationsGrid g = printed().values("granted", "3", "3", "0", "1", "0", "1", "13")
        .confidence("granted", NP, 0.98);
    Offers offers = new Offers().at("t2", g.gridRow("granted"), 3 + NP, "8@0.40");
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()), offers);

    assertEquals(3L, r.data().get(apps("granted", "naturalPerson")));
    assertEquals(ValueSource.OCR, r.provenance().get(apps("granted", "naturalPerson")).source());
    assertEquals(Set.of("applications.rowTotal/granted", "applications.results/naturalPerson"),
        failed(r));
    assertEquals(List.of(), r.warnings(CORRECTED));
    assertEquals(List.of(), r.warnings(AMBIGUOUS));
  }

  @Test
  void genuinePrintedErrorNextToAnUncertainFigureIsLeftAlone() {
    // granted.total printed 14 (should be 13) and read confidently; granted.naturalPerson read
    // right but unsure. Making the row add up would break its column: no consistent reading.
    ApplicationsGrid g = printed().values("granted", "8", "3", "0", "1", "0", "1", "14")
        .confidence("granted", NP, 0.6);
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));

    assertEquals(8L, r.data().get(apps("granted", "naturalPerson")));
    assertEquals(14L, r.data().get(apps("granted", "total")));
    assertEquals(ValueSource.OCR, r.provenance().get(apps("granted", "naturalPerson")).source());
    assertEquals(Set.of("applications.rowTotal/granted", "applications.results/total"), failed(r));
    assertEquals(List.of(), r.warnings(CORRECTED));
    assertEquals(1, r.warnings(AMBIGUOUS).size());
    assertTrue(r.warnings(AMBIGUOUS).get(0).message().contains("no reading"));
  }

  @Test
  void twoMisreadsInOneRowArePinnedByTheirColumns() {
    ApplicationsGrid g = printed().values("newReceived", "10", "8", "0", "1", "0", "2", "24")
        .confidence("newReceived", NP, 0.6)
        .confidence("newReceived", CE, 0.7);
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));

    assertEquals(16L, r.data().get(apps("newReceived", "naturalPerson")));
    assertEquals(5L, r.data().get(apps("newReceived", "commercialEnterprise")));
    assertEquals("10", r.provenance().get(apps("newReceived", "naturalPerson")).raw());
    assertEquals("8", r.provenance().get(apps("newReceived", "commercialEnterprise")).raw());
    assertEquals(Set.of(), failed(r));
    assertEquals(2, r.warnings(CORRECTED).size());
  }

  @Test
  void twoUncertainFiguresConstrainedOnlyByTheirRowAreAmbiguous() {
    // 四、结转下年度 lost: the balance checks cannot be evaluated, so only the row total
    // constrains newReceived, and 16 + 5 and 19 + 2 both make 21
    ApplicationsGrid g = printed().without("carriedForward")
        .values("newReceived", "10", "8", "0", "1", "0", "2", "24")
        .confidence("newReceived", NP, 0.6)
        .confidence("newReceived", CE, 0.6);
    int row = g.gridRow("newReceived");
    Offers offers = new Offers()
        .at("t2", row, 3 + NP, "16@0.5", "19@0.3")
        .at("t2", row, 3 + CE, "5@0.5", "2@0.3");
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()), offers);

    assertEquals(10L, r.data().get(apps("newReceived", "naturalPerson")));
    assertEquals(8L, r.data().get(apps("newReceived", "commercialEnterprise")));
    assertEquals(ValueSource.OCR, r.provenance().get(apps("newReceived", "naturalPerson")).source());
    assertEquals(List.of(), r.warnings(CORRECTED));
    List<Warning> w = r.warnings(AMBIGUOUS);
    assertEquals(1, w.size(), r.warnings().toString());
    assertTrue(w.get(0).message().contains("2 different readings"), w.get(0).message());
    assertEquals(2, w.get(0).page());
    assertEquals(Set.of("applications.rowTotal/newReceived"), failed(r));
  }

  @Test
  void unreadableFigureIsRecoveredFromTheEquations() {
    ApplicationsGrid g = printed().values("granted", "8", "з", "0", "1", "0", "1", "13")
        .confidence("granted", CE, 0.45);
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));

    assertEquals(3L, r.data().get(apps("granted", "commercialEnterprise")));
    Provenance p = r.provenance().get(apps("granted", "commercialEnterprise"));
    assertEquals(ValueSource.CORRECTED, p.source());
    assertEquals("з", p.raw());
    assertEquals(0.89, p.confidence(), "implied, never read: below the flag threshold");
    assertEquals(1, r.warnings("UNREADABLE_VALUE").size());
    assertEquals(List.of(), r.warnings("CHECK_SKIPPED"));
    assertTrue(r.warnings(CORRECTED).get(0).message()
        .startsWith("applications.granted.commercialEnterprise: unreadable → 3"));
    assertEquals(Set.of(), failed(r));
  }

  @Test
  void aWholeUnreadableRowIsBeyondTheSearch() {
    // each column check would pin one figure, but seven unsure figures share the row check:
    // more than the search takes on, so they stay null
    ApplicationsGrid g = printed().values("granted", "?", "?", "?", "?", "?", "?", "?");
    for (int c = 0; c < 7; c++) {
      g.confidence("granted", c, 0.3);
    }
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));

    assertNull(r.data().get(apps("granted", "naturalPerson")));
    assertEquals(List.of(), r.warnings(CORRECTED));
    assertEquals(1, r.warnings(AMBIGUOUS).size());
    assertTrue(r.warnings(AMBIGUOUS).get(0).message().contains("too many"));
  }

  @Test
  void misreadSubRowIsCorrectedAndTheDerivedRowFollows() {
    // the 1 of notProcessedRepeated printed under (六) 3．其他 instead, GB2021 sub-rows
    ApplicationsGrid g = ApplicationsGrid.standard(true).method("image")
        .values("newReceived", "16", "5", "0", "1", "0", "2", "24")
        .values("carriedOver", "3", "0", "0", "0", "0", "0", "3")
        .values("granted", "8", "3", "0", "1", "0", "1", "13")
        .values("partiallyGranted", "2", "0", "0", "0", "0", "0", "2")
        .values("unableNotHeld", "4", "1", "0", "0", "0", "1", "6")
        .values("otherOther", "7", "0", "0", "0", "0", "0", "1")
        .values("resultsTotal", "15", "4", "0", "1", "0", "2", "22")
        .values("carriedForward", "4", "1", "0", "0", "0", "0", "5")
        .confidence("otherOther", NP, 0.5);
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));

    assertEquals(1L, r.data().get(apps("otherOther", "naturalPerson")));
    assertEquals("7", r.provenance().get(apps("otherOther", "naturalPerson")).raw());
    assertEquals(1L, r.data().get(apps("otherHandling", "naturalPerson")));
    assertEquals(ValueSource.DERIVED,
        r.provenance().get(apps("otherHandling", "naturalPerson")).source());
    assertEquals(Set.of(), failed(r));
  }

  // --- table 四

  @Test
  void misreadGroupTotalInTableFourIsCorrected() {
    // 未经复议直接起诉: 维持 2, 纠正 1, 其他 0, 未审结 3, 总计 6 printed, read 8
    Table reviews = asImage(
        Grids.reviews("t3", "0", "0", "0", "0", "0", "2", "1", "0", "3", "8", "0", "0", "0", "0", "0"),
        Map.of("3,9", 0.7));
    Reconciliation r =
        reconciler.reconcile(List.of(printed().build("t2"), reviews), new Offers());

    assertEquals(6L, r.data().get("reviewsAndLawsuits.lawsuitDirect.total"));
    Provenance p = r.provenance().get("reviewsAndLawsuits.lawsuitDirect.total");
    assertEquals(ValueSource.CORRECTED, p.source());
    assertEquals("8", p.raw());
    assertEquals(0.89, p.confidence(), "implied, never read: below the flag threshold");
    assertEquals(Set.of(), failed(r));
    assertEquals(3, r.warnings(CORRECTED).get(0).page());
  }

  @Test
  void twoUncertainFiguresInOneTableFourGroupAreAmbiguous() {
    // 行政复议: 维持 5 (read 3), 纠正 1, 其他 0, 未审结 2 (read 7), 总计 8;
    // 5 + 2 and 6 + 1 both fit the total
    Table reviews = asImage(
        Grids.reviews("t3", "3", "1", "0", "7", "8", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"),
        Map.of("3,0", 0.6, "3,3", 0.6));
    Offers offers = new Offers().at("t3", 3, 0, "5@0.5", "6@0.4").at("t3", 3, 3, "2@0.5", "1@0.4");
    Reconciliation r = reconciler.reconcile(List.of(printed().build("t2"), reviews), offers);

    assertEquals(3L, r.data().get("reviewsAndLawsuits.administrativeReview.upheld"));
    assertEquals(7L, r.data().get("reviewsAndLawsuits.administrativeReview.pending"));
    assertEquals(List.of(), r.warnings(CORRECTED));
    assertEquals(1, r.warnings(AMBIGUOUS).size());
    assertEquals(Set.of("reviewsAndLawsuits.total/administrativeReview"), failed(r));
  }

  // --- text layer

  @Test
  void seed004LikePrintedInconsistencyOnTheTextLayerIsUntouched() {
    ApplicationsGrid apps = ApplicationsGrid.standard(false).allBlank()
        .values("newReceived", "142", "36", "", "", "", "57", "235")
        .values("granted", "132", "33", "", "", "", "57", "230")
        .values("deniedThirdPartyRights", "", "1", "", "", "", "", "1")
        .values("unableNotHeld", "6", "2", "", "", "", "", "8")
        .values("notProcessedPetition", "4", "", "", "", "", "", "4")
        .values("resultsTotal", "142", "36", "", "", "", "57", "235");
    // even an offered reading that would make both failing checks pass is not taken
    Offers offers = new Offers().at("t2", apps.gridRow("granted"), 3 + TOTAL, "222@0.9");
    Reconciliation r = reconciler.reconcile(List.of(apps.build("t2"), reviewsZero()), offers);

    assertEquals(230L, r.data().get(apps("granted", "total")));
    assertEquals(ValueSource.TEXT_LAYER, r.provenance().get(apps("granted", "total")).source());
    assertEquals(Set.of("applications.rowTotal/granted", "applications.results/total"), failed(r));
    assertEquals(List.of(), r.warnings(CORRECTED));
    assertEquals(List.of(), r.warnings(AMBIGUOUS));
  }

  // --- the corrector and its equations directly

  @Test
  void equationsAgreeWithTheEmittedChecks() {
    ApplicationsGrid g = printed().values("granted", "3", "3", "0", "1", "0", "1", "14");
    Reconciliation r = reconciler.reconcile(List.of(g.build("t2"), reviewsZero()));
    TemplateCatalog catalog = TemplateCatalog.fromClasspath();
    List<Equation> equations =
        CheckEquations.of(r.data(), r.provenance(), catalog.applications(), catalog.reviews());
    assertEquals(r.checks().size(), equations.size());
    for (int i = 0; i < equations.size(); i++) {
      Equation e = equations.get(i);
      var check = r.checks().stream()
          .filter(c -> c.rule().equals(e.rule()) && c.scope().equals(e.scope())).findFirst()
          .orElseThrow();
      assertEquals(check.passed(), e.residual(r.data()::get) == 0, e.name());
    }
  }

  @Test
  void searchIsBoundedPerGroup() {
    // one equation t = a + b + c + d with all four parts unsure: not searched
    Map<String, Number> values = new LinkedHashMap<>();
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    for (String p : List.of("g.x.a", "g.x.b", "g.x.c", "g.x.d", "g.x.t")) {
      values.put(p, p.endsWith("t") ? 10L : 1L);
      provenance.put(p, new Provenance("t1", 0, 0, 1, ValueSource.OCR, "1",
          p.endsWith("t") ? 0.99 : 0.5));
    }
    CheckRule rule = new CheckRule("r", "g", CheckRule.Each.ROW, List.of("a", "b", "c", "d"),
        List.of("t"), true);
    Equation e = new Equation(rule, "x",
        Map.of("g.x.t", 1, "g.x.a", -1, "g.x.b", -1, "g.x.c", -1, "g.x.d", -1));
    ChecksumCorrector.Result result =
        ChecksumCorrector.correct(values, provenance, List.of(e), CellAlternatives.NONE);
    assertEquals(List.of(), result.corrections());
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).message().contains("too many"));
  }
}
