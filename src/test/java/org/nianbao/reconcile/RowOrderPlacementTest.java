package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Provenance;
import org.nianbao.model.Table;
import org.nianbao.model.Warning;

/**
 * Rows whose label was misread (OCR) are placed by the template's row order when the unmatched
 * rows between two matched ones equal the unmatched template rows there; flagged, never silent.
 */
class RowOrderPlacementTest {
  private final Reconciler reconciler = TemplateReconciler.fromClasspath();
  private static final String[] Z = {"0", "0", "0"};
  /** A label OCR could not read at all. */
  private static final String GARBLED = "▇▆ ▇▇▅▇";

  private static Table reviewsZero(String id) {
    return Grids.reviews(id, "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
  }

  private static Table active(String id) {
    return Grids.activeGb2021(id, Z, Z, "0", "0", "0", "0");
  }

  /** Distinct figures in the rows around the garbled ones, consistent with every check. */
  private static ApplicationsGrid figures(boolean subRows) {
    return ApplicationsGrid.standard(subRows)
        .values("newReceived", "20", "3", "0", "0", "0", "1", "24")
        .values("carriedOver", "1", "0", "0", "0", "0", "0", "1")
        .values("granted", "5", "1", "0", "0", "0", "0", "6")
        .values("unableNotHeld", "2", "0", "0", "0", "0", "0", "2")
        .values("unableNeedsCreation", "3", "1", "0", "0", "0", "0", "4")
        .values("unableStillUnclear", "1", "0", "0", "0", "0", "1", "2")
        .values("notProcessedPublication", "4", "0", "0", "0", "0", "0", "4")
        .values("notProcessedExcessive", "2", "1", "0", "0", "0", "0", "3")
        .values(subRows ? "otherOther" : "otherHandling", "1", "0", "0", "0", "0", "0", "1")
        .values("resultsTotal", "18", "3", "0", "0", "0", "1", "22")
        .values("carriedForward", "3", "0", "0", "0", "0", "0", "3");
  }

  private Reconciliation read(ApplicationsGrid g) {
    return reconciler.reconcile(List.of(active("t1"), g.build("t2"), reviewsZero("t3")));
  }

  private static void assertPlaced(Reconciliation r, String row, long naturalPerson, long total) {
    assertEquals(naturalPerson, r.data().get("applications." + row + ".naturalPerson"));
    assertEquals(total, r.data().get("applications." + row + ".total"));
    for (String col : List.of("naturalPerson", "other", "total")) {
      Provenance p = r.provenance().get("applications." + row + "." + col);
      assertTrue(p.confidence() < CellValueReader.LOW_CONFIDENCE, row + " must stay flagged: " + p);
    }
    assertTrue(r.warnings(OrderPlacements.CODE).stream()
        .anyMatch(w -> w.message().startsWith("applications." + row + ":")), r.warnings().toString());
  }

  private static void assertAllChecksPass(Reconciliation r) {
    assertTrue(r.checks().stream().allMatch(c -> c.passed()), r.checks().toString());
  }

  @Test
  void oneGarbledLabelBetweenKnownRows() {
    Reconciliation r = read(figures(true).leaf("unableNeedsCreation", GARBLED));
    assertPlaced(r, "unableNeedsCreation", 3, 4);
    assertEquals(1, r.warnings(OrderPlacements.CODE).size());
    assertTrue(r.warnings("MISSING_ROW").isEmpty(), r.warnings().toString());
    assertEquals(2L, r.data().get("applications.unableStillUnclear.total"));
    assertFalse(r.warnings(OrderPlacements.CODE).get(0).message().contains("suspect"));
    assertAllChecksPass(r);
    // rows whose labels were read keep the confidence they were read with
    assertNull(r.provenance().get("applications.unableNotHeld.total").confidence());
  }

  @Test
  void twoAdjacentGarbledRows() {
    Reconciliation r = read(figures(true)
        .leaf("notProcessedPublication", "3．要求口口口口口")
        .leaf("notProcessedExcessive", GARBLED));
    assertPlaced(r, "notProcessedExcessive", 2, 3);
    assertEquals(4L, r.data().get("applications.notProcessedPublication.total"));
    assertTrue(r.warnings("MISSING_ROW").isEmpty(), r.warnings().toString());
    assertAllChecksPass(r);
  }

  @Test
  void garbledRowsAtTheEndOfTheTable() {
    // (六) one row, (七)总计 and 四、结转… all unreadable: the last three rows of the table
    Reconciliation r = read(figures(false)
        .leaf("otherHandling", GARBLED)
        .leaf("resultsTotal", "▇▇▇")
        .leaf("carriedForward", "▅▇▇ ▇▆▇▇▇"));
    assertPlaced(r, "otherHandling", 1, 1);
    assertPlaced(r, "resultsTotal", 18, 22);
    assertPlaced(r, "carriedForward", 3, 3);
    assertTrue(r.warnings("MISSING_ROW").isEmpty(), r.warnings().toString());
    assertAllChecksPass(r);
  }

  @Test
  void garbledSubRowOfOtherHandlingIsPlacedAndTheSumDerived() {
    Reconciliation r = read(figures(true).leaf("otherOther", GARBLED));
    assertPlaced(r, "otherOther", 1, 1);
    assertEquals(1L, r.data().get("applications.otherHandling.total"));
    assertAllChecksPass(r);
  }

  @Test
  void extraUnknownRowIsNotPlaced() {
    // a local addition with figures, and a note line across the table: the template has no row
    // for either, so the counts do not match and nothing moves
    Reconciliation r = read(figures(true)
        .extraRowAfter("granted", "其中：通过网络申请", "9", "9", "9", "9", "9", "9", "54")
        .noteAfter("carriedOver", "注：本表数据截至12月31日"));
    assertTrue(r.warnings(OrderPlacements.CODE).isEmpty(), r.warnings().toString());
    assertTrue(r.warnings("MISSING_ROW").isEmpty(), r.warnings().toString());
    assertEquals(6L, r.data().get("applications.granted.total"));
    assertEquals(0L, r.data().get("applications.partiallyGranted.total"));
    assertAllChecksPass(r);
  }

  @Test
  void noteLineIsNeverPlacedEvenWhenTheCountsWouldMatch() {
    // the row 二、上年结转 lost and a note printed where it was: one unmatched line, one
    // unmatched row, but a note (words across the figure columns) is no row
    Reconciliation r = read(figures(true)
        .noteAfter("carriedOver", "注：本表数据截至12月31日")
        .without("carriedOver"));
    assertTrue(r.warnings(OrderPlacements.CODE).isEmpty(), r.warnings().toString());
    assertNull(r.data().get("applications.carriedOver.total"));
    assertEquals(1, r.warnings("MISSING_ROW").size());
  }

  @Test
  void unknownRowNextToAGarbledOneLeavesBothAlone() {
    // two unmatched lines and one unmatched template row between the same anchors: ambiguous
    Reconciliation r = read(figures(true)
        .leaf("unableNeedsCreation", GARBLED)
        .extraRowAfter("unableNeedsCreation", "其中：口口口", "7", "0", "0", "0", "0", "0", "7"));
    assertTrue(r.warnings(OrderPlacements.CODE).isEmpty(), r.warnings().toString());
    assertNull(r.data().get("applications.unableNeedsCreation.total"));
    assertEquals(2L, r.data().get("applications.unableStillUnclear.total"));
  }

  @Test
  void missingRowDoesNotShiftFiguresIntoTheWrongRow() {
    // 2．没有现成信息… lost altogether and 3．补正后… unreadable: one line for two template rows
    Reconciliation r = read(figures(true)
        .without("unableNeedsCreation")
        .leaf("unableStillUnclear", GARBLED));
    assertTrue(r.warnings(OrderPlacements.CODE).isEmpty(), r.warnings().toString());
    assertNull(r.data().get("applications.unableNeedsCreation.total"));
    assertNull(r.data().get("applications.unableStillUnclear.total"));
    assertEquals(2, r.warnings("MISSING_ROW").size());
    assertEquals(2L, r.data().get("applications.unableNotHeld.total"));
    assertEquals(0L, r.data().get("applications.notProcessedPetition.total"));
  }

  @Test
  void placedRowThatBreaksTheArithmeticIsNamedSuspect() {
    // the unreadable line's figures do not fit: (七)总计 no longer equals the sum of the results
    Reconciliation r = read(figures(true)
        .leaf("unableNeedsCreation", GARBLED)
        .values("unableNeedsCreation", "30", "1", "0", "0", "0", "0", "31"));
    assertPlaced(r, "unableNeedsCreation", 30, 31);
    Warning w = r.warnings(OrderPlacements.CODE).get(0);
    assertTrue(w.message().contains("suspect") && w.message().contains("applications.results"),
        w.message());
  }

  @Test
  void misreadItemLabelInTableTwoIsPlacedByOrder() {
    Table t2 = Grids.activeGb2021("t1", new String[] {"103", "48", "115"},
        new String[] {"9", "5", "17"}, "7", "1", "2", "0");
    t2 = t2.withCells(t2.cells().stream()
        .map(c -> c.text().equals("规章") ? c.withText("规府", 0.7) : c).toList());
    Reconciliation r = reconciler.reconcile(
        List.of(t2, ApplicationsGrid.standard(true).build("t2"), reviewsZero("t3")));
    assertEquals(103L, r.data().get("activeDisclosure.regulations.issued"));
    assertEquals(115L, r.data().get("activeDisclosure.regulations.inForce"));
    assertEquals(17L, r.data().get("activeDisclosure.normativeDocuments.inForce"));
    assertTrue(r.provenance().get("activeDisclosure.regulations.issued").confidence()
        < CellValueReader.LOW_CONFIDENCE);
    assertEquals(1, r.warnings(OrderPlacements.CODE).size());
    assertTrue(r.warnings("MISSING_ROW").isEmpty(), r.warnings().toString());
  }

  @Test
  void misreadItemLabelWithOnlyZeroMarksIsPlacedByOrder() {
    // 规章 printed with dashes and 无 for its three zeros, its label misread: the dashes are
    // the row's figures, so the row is placed by order (flagged) instead of lost
    Table t2 = Grids.activeGb2021("t1", new String[] {"-", "无", "—"},
        new String[] {"5", "5", "53"}, "255", "843", "17", "310.3739");
    t2 = t2.withCells(t2.cells().stream()
        .map(c -> c.text().equals("规章") ? c.withText("规并", 0.7) : c).toList());
    Reconciliation r = reconciler.reconcile(
        List.of(t2, ApplicationsGrid.standard(true).build("t2"), reviewsZero("t3")));
    for (String field : List.of("issued", "repealed", "inForce")) {
      assertEquals(0L, r.data().get("activeDisclosure.regulations." + field));
      assertTrue(r.provenance().get("activeDisclosure.regulations." + field).confidence()
          < CellValueReader.LOW_CONFIDENCE);
    }
    assertEquals(53L, r.data().get("activeDisclosure.normativeDocuments.inForce"));
    assertEquals(1, r.warnings(OrderPlacements.CODE).size());
    assertTrue(r.warnings("MISSING_ROW").isEmpty(), r.warnings().toString());
  }

  @Test
  void misreadItemLabelOfAnEmptyRowIsPlacedButDoubted() {
    // nothing printed right of the misread label (zeros printed as nothing): only the order
    // says it is the item's row, so its blanks are read as zeros but flagged
    Table t2 = Grids.activeGb2021("t1", new String[] {"", "", ""},
        new String[] {"5", "5", "53"}, "255", "843", "17", "310.3739");
    t2 = t2.withCells(t2.cells().stream()
        .map(c -> c.text().equals("规章") ? c.withText("规并", 0.7) : c).toList());
    Reconciliation r = reconciler.reconcile(
        List.of(t2, ApplicationsGrid.standard(true).build("t2"), reviewsZero("t3")));
    assertEquals(1, r.warnings(OrderPlacements.CODE).size(), r.warnings().toString());
    for (String field : List.of("issued", "repealed", "inForce")) {
      assertEquals(0L, r.data().get("activeDisclosure.regulations." + field));
      assertTrue(r.provenance().get("activeDisclosure.regulations." + field).confidence()
          < CellValueReader.LOW_CONFIDENCE);
    }
    assertEquals(53L, r.data().get("activeDisclosure.normativeDocuments.inForce"));
  }

  @Test
  void anEmptyRowBetweenTwoMatchedItemsOfNoFreeItemIsNotPlaced() {
    // a labelled blank row where the template has no item left between its neighbours: no
    // placement (the counts differ), the items keep their own rows
    Table t2 = Grids.activeGb2021("t1", new String[] {"1", "2", "3"},
        new String[] {"5", "5", "53"}, "255", "843", "17", "310.3739");
    List<org.nianbao.model.Cell> cells = new java.util.ArrayList<>();
    for (org.nianbao.model.Cell c : t2.cells()) {
      cells.add(c.row() < 3 ? c : new org.nianbao.model.Cell(c.row() + 1, c.column(), c.rowSpan(),
          c.columnSpan(), c.text(), c.page(), c.bbox(), c.confidence()));
    }
    cells.add(org.nianbao.model.Cell.of(3, 0, "备注说明"));
    for (int k = 1; k < 4; k++) {
      cells.add(org.nianbao.model.Cell.of(3, k, ""));
    }
    t2 = new Table("t1", t2.pages(), t2.method(), t2.rowCount() + 1, 4, cells);
    Reconciliation r = reconciler.reconcile(
        List.of(t2, ApplicationsGrid.standard(true).build("t2"), reviewsZero("t3")));
    assertTrue(r.warnings(OrderPlacements.CODE).isEmpty(), r.warnings().toString());
    assertEquals(3L, r.data().get("activeDisclosure.regulations.inForce"));
    assertEquals(53L, r.data().get("activeDisclosure.normativeDocuments.inForce"));
  }

  @Test
  void alignerPlacesOnlyWhereTheCountsMatch() {
    // template 0..5; matched 0->0, 3->4, 5->7; rows 1,2 free for entries 1,2; rows 5,6 for entry 4
    Map<Integer, RowAligner.Span> matched = Map.of(
        0, new RowAligner.Span(0, 1), 3, new RowAligner.Span(4, 1), 5, new RowAligner.Span(7, 1));
    Map<Integer, RowAligner.Span> placed =
        RowAligner.placeByOrder(matched, 8, 6, r -> r != 3, t -> true);
    assertEquals(Map.of(1, new RowAligner.Span(1, 1), 2, new RowAligner.Span(2, 1)), placed);
  }

  @Test
  void misreadApplicantHeaderIsPlacedByColumnOrder() {
    Table apps = figures(true).build("t2");
    apps = apps.withCells(apps.cells().stream()
        .map(c -> c.text().equals("科研机构") ? c.withText("▇▆▇▇", 0.4) : c)
        .map(c -> c.text().equals("社会公益组织") ? c.withText("杜公", 0.5) : c).toList());
    Reconciliation r = reconciler.reconcile(List.of(active("t1"), apps, reviewsZero("t3")));
    assertEquals(3L, r.data().get("applications.resultsTotal.commercialEnterprise"));
    assertEquals(0L, r.data().get("applications.resultsTotal.researchInstitution"));
    assertEquals(1L, r.data().get("applications.resultsTotal.other"));
    assertEquals(22L, r.data().get("applications.resultsTotal.total"));
    assertEquals(1, r.warnings("HEADER_FALLBACK").size());
    assertTrue(r.warnings("HEADER_FALLBACK").get(0).message().contains("researchInstitution"));
    assertAllChecksPass(r);
  }

  @Test
  void misreadReviewHeadersArePlacedByOrderBetweenReadOnes() {
    // 结果纠正 unreadable in all three groups, and a word cell left of the figures (件) that
    // a count of figure cells alone would trip over
    Table t4 = Grids.reviews("t3", "1", "2", "3", "4", "10", "5", "6", "0", "1", "12", "2", "0",
        "0", "1", "3");
    List<org.nianbao.model.Cell> cells = new java.util.ArrayList<>();
    for (org.nianbao.model.Cell c : t4.cells()) {
      org.nianbao.model.Cell moved = new org.nianbao.model.Cell(c.row(), c.column() + 1,
          c.rowSpan(), c.columnSpan(), c.text().equals("结果纠正") ? "▇▆▇" : c.text(), c.page(),
          c.bbox(), c.confidence());
      cells.add(moved);
    }
    cells.add(org.nianbao.model.Cell.spanning(0, 0, 3, 1, "项目"));
    cells.add(org.nianbao.model.Cell.of(3, 0, "件数"));
    Table reviews = new Table("t3", List.of(3), "lattice", 4, 16, cells);
    Reconciliation r = reconciler.reconcile(
        List.of(active("t1"), figures(true).build("t2"), reviews));
    assertEquals(2L, r.data().get("reviewsAndLawsuits.administrativeReview.corrected"));
    assertEquals(6L, r.data().get("reviewsAndLawsuits.lawsuitDirect.corrected"));
    assertEquals(0L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.corrected"));
    assertEquals(3L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.total"));
    assertTrue(r.warnings("MISSING_COLUMN").isEmpty(), r.warnings().toString());
    assertEquals(1, r.warnings("HEADER_FALLBACK").size());
  }

  @Test
  void reviewHeaderReadAsItsNeighboursLeavesTheFiguresInPrintedOrder() {
    // as on a scan whose table 四 header broke over a page: 行政复议's first two headers lost,
    // and 未经复议直接起诉's 结果维持 read as a 结果纠正 (its second line gone), which puts that
    // header one column left of where order has it; the row still prints its fifteen figures
    Table t4 = Grids.reviews("t3", "6", "5", "1", "5", "17", "", "", "4", "0", "4", "0", "", "0",
        "3", "3");
    List<org.nianbao.model.Cell> cells = new java.util.ArrayList<>();
    for (org.nianbao.model.Cell c : t4.cells()) {
      String text = c.text();
      if (c.row() == 1 && c.column() < 2) {
        text = "▇▆▇";
      } else if (c.row() == 2 && c.column() == 5) {
        text = "结果纠";
      } else if (c.row() == 2 && c.column() == 6) {
        text = "▇▆";
      }
      cells.add(c.withText(text, c.confidence() == null ? 1.0 : c.confidence()));
    }
    Reconciliation r = reconciler.reconcile(List.of(active("t1"), figures(true).build("t2"),
        new Table("t3", List.of(3), "image", 4, 15, cells)));
    assertEquals(6L, r.data().get("reviewsAndLawsuits.administrativeReview.upheld"));
    assertEquals(5L, r.data().get("reviewsAndLawsuits.administrativeReview.corrected"));
    assertEquals(17L, r.data().get("reviewsAndLawsuits.administrativeReview.total"));
    assertEquals(4L, r.data().get("reviewsAndLawsuits.lawsuitDirect.other"));
    assertEquals(0L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.corrected"));
    assertEquals(3L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.total"));
    assertEquals(1, r.warnings("HEADER_FALLBACK").size());
    assertTrue(r.warnings("MISSING_COLUMN").isEmpty(), r.warnings().toString());
    // the column the misread header claimed, and the one order gives it, are both doubtful
    for (String field : List.of("upheld", "corrected")) {
      assertEquals(0L, r.data().get("reviewsAndLawsuits.lawsuitDirect." + field));
      assertTrue(r.provenance().get("reviewsAndLawsuits.lawsuitDirect." + field).confidence()
          < CellValueReader.LOW_CONFIDENCE);
    }
    assertTrue(r.provenance().get("reviewsAndLawsuits.lawsuitDirect.total").confidence()
        >= CellValueReader.LOW_CONFIDENCE);
  }
}
