package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconcile.Grids.row;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Check;
import org.nianbao.model.Provenance;
import org.nianbao.model.Table;
import org.nianbao.model.Template;
import org.nianbao.model.ValueSource;

/** The seed reports under shared/seeds, rebuilt as grids; expected figures typed from the texts. */
class SeedReportsTest {
  private final Reconciler reconciler = TemplateReconciler.fromClasspath();

  private static final String[] ZEROS = {"0", "0", "0"};

  private static Table contactTable() {
    return Grids.plain("t1", row("联系人", "电话"), row("办公室", "0972-8612678"));
  }

  private static Set<String> failed(Reconciliation r) {
    return r.checks().stream().filter(c -> !c.passed())
        .map(c -> c.rule() + "/" + c.scope()).collect(Collectors.toSet());
  }

  private static Check check(Reconciliation r, String rule, String scope) {
    return r.checks().stream().filter(c -> c.rule().equals(rule) && c.scope().equals(scope))
        .findFirst().orElseThrow(() -> new AssertionError("no check " + rule + "/" + scope));
  }

  // --- seed 000: 海东市政务服务监督管理局 2023, GB2021, all zeros, (六) as three sub-rows

  private List<Table> seed000() {
    String[] z = ZEROS;
    return List.of(contactTable(),
        Grids.activeGb2021("t2", z, z, "0", "0", "0", "0"),
        ApplicationsGrid.standard(true).build("t3"),
        Grids.reviews("t4", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
  }

  @Test
  void seed000IsGb2021WithDerivedOtherHandling() {
    Reconciliation r = reconciler.reconcile(seed000());
    assertEquals(Template.GB2021, r.template());
    assertEquals(0L, r.data().get("activeDisclosure.regulations.issued"));
    assertEquals(0L, r.data().get("activeDisclosure.licensing.decisions"));
    assertEquals(BigDecimal.ZERO, r.data().get("activeDisclosure.administrativeFees.amountWanYuan"));
    assertEquals(0L, r.data().get("applications.otherOverdueCorrection.naturalPerson"));
    assertEquals(0L, r.data().get("applications.otherOther.total"));
    assertEquals(0L, r.data().get("applications.otherHandling.total"));
    assertEquals(ValueSource.DERIVED, r.provenance().get("applications.otherHandling.total").source());
    assertEquals(0L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.total"));
    assertEquals(
        java.util.Map.of("t2", TableRole.ACTIVE_DISCLOSURE, "t3", TableRole.APPLICATIONS,
            "t4", TableRole.REVIEWS_AND_LAWSUITS), r.roles());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void seed000EmitsEveryCheckAndAllPass() {
    Reconciliation r = reconciler.reconcile(seed000());
    // 26 rows + 7 results columns + 7 balance columns + 3 review groups
    assertEquals(26 + 7 + 7 + 3, r.checks().size());
    assertEquals(Set.of(), failed(r));
  }

  @Test
  void seed000RowsComeInSpecOrder() {
    Reconciliation r = reconciler.reconcile(seed000());
    List<String> keys = List.copyOf(r.data().applications().keySet());
    assertEquals("newReceived", keys.get(0));
    assertEquals(List.of("otherOverdueCorrection", "otherOverdueFee", "otherOther", "otherHandling",
        "resultsTotal", "carriedForward"), keys.subList(20, 26));
    assertEquals(List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
            "publicInterestOrganization", "legalServiceAgency", "other", "total"),
        List.copyOf(r.data().applications().get("granted").keySet()));
  }

  @Test
  void provenanceNamesTheCell() {
    Reconciliation r = reconciler.reconcile(seed000());
    Provenance p = r.provenance().get("applications.newReceived.total");
    assertEquals("t3", p.table());
    assertEquals(3, p.row());
    assertEquals(9, p.column());
    assertEquals(2, p.page());
    assertEquals(ValueSource.TEXT_LAYER, p.source());
    assertEquals("0", p.raw());
  }

  // --- seed 002: 湟中区 2023, GB2021 table 二 with a blank 规章 row; table 三 mostly blank

  private List<Table> seed002() {
    ApplicationsGrid apps = ApplicationsGrid.standard(true).allBlank()
        .values("newReceived", "12", "10", "", "", "", "", "22")
        .values("granted", "12", "10", "", "", "", "", "22")
        .values("resultsTotal", "", "", "", "", "", "", "22");
    return List.of(
        Grids.activeGb2021("t1", new String[] {"", "", ""}, new String[] {"1", "2", "11"}, "8771",
            "36084", "279", "159.7"),
        apps.build("t2"),
        Grids.reviews("t3", "3", "", "2", "", "5", "", "", "6", "4", "10", "1", "", "", "", "1"));
  }

  @Test
  void seed002BlankCellsAreZeroAsPrintedEmpty() {
    Reconciliation r = reconciler.reconcile(seed002());
    assertEquals(Template.GB2021, r.template());
    assertEquals(0L, r.data().get("activeDisclosure.regulations.issued"));
    Provenance p = r.provenance().get("activeDisclosure.regulations.inForce");
    assertEquals(ValueSource.BLANK_AS_ZERO, p.source());
    assertEquals("", p.raw());
    assertEquals(11L, r.data().get("activeDisclosure.normativeDocuments.inForce"));
    assertEquals(8771L, r.data().get("activeDisclosure.licensing.decisions"));
    assertEquals(36084L, r.data().get("activeDisclosure.punishment.decisions"));
    assertEquals(279L, r.data().get("activeDisclosure.enforcement.decisions"));
    assertEquals(new BigDecimal("159.7"), r.data().get("activeDisclosure.administrativeFees.amountWanYuan"));
    assertEquals(0L, r.data().get("applications.carriedOver.total"));
    assertEquals(22L, r.data().get("applications.resultsTotal.total"));
    assertEquals(0L, r.data().get("applications.resultsTotal.naturalPerson"));
    assertEquals(10L, r.data().get("reviewsAndLawsuits.lawsuitDirect.total"));
    assertEquals(0L, r.data().get("reviewsAndLawsuits.lawsuitDirect.upheld"));
    assertEquals(1L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.upheld"));
  }

  @Test
  void seed002ResultsTotalPrintedOnlyInTotalColumnFailsPerColumn() {
    Reconciliation r = reconciler.reconcile(seed002());
    // the (七) row itself is blank except its total 22, so its own row total fails too
    assertEquals(Set.of("applications.results/naturalPerson", "applications.results/commercialEnterprise",
        "applications.balance/naturalPerson", "applications.balance/commercialEnterprise",
        "applications.rowTotal/resultsTotal"), failed(r));
    Check c = check(r, "applications.results", "naturalPerson");
    assertEquals(12L, c.expected());
    assertEquals(0L, c.actual());
    assertTrue(check(r, "applications.results", "total").passed());
    assertTrue(check(r, "reviewsAndLawsuits.total", "lawsuitDirect").passed());
  }

  // --- seed 003: 怀仁市 2023 report printing the GB2019 table 二 with truncated headers

  private List<Table> seed003() {
    Table active = Grids.plain("t1",
        row("第二十条第(一)项", "", "", ""),
        row("信息内容", "本年新", "本年新", "对外公开总数量"),
        row("规章", "0", "0", "0"),
        row("规范性文件", "0", "0", "0"),
        row("第二十条第(五)项", "", "", ""),
        row("信息内容", "本年处理决定数量", "", ""),
        row("行政许可", "15098件", "", ""),
        row("第二十条第(六)项", "", "", ""),
        row("信息内容", "本年处理决定数量", "", ""),
        row("行政处罚", "0", "", ""),
        row("行政强制", "0", "", ""),
        row("第二十条第(八)项", "", "", ""),
        row("信息内容", "上一年项目数量", "本年增/减", ""),
        row("行政事业性收费", "0", "0", ""),
        row("第二十条第(九)项", "", "", ""),
        row("信息内容", "采购项目数量", "采购总金额", ""),
        row("政府集中采购", "9", "1887.214474万元", ""));
    return List.of(active, ApplicationsGrid.standard(false).build("t2"),
        Grids.reviews("t3", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
  }

  @Test
  void seed003TemplateComesFromTableTwoHeadersNotTheYear() {
    Reconciliation r = reconciler.reconcile(seed003());
    assertEquals(Template.GB2019, r.template());
    assertEquals(0L, r.data().get("activeDisclosure.regulations.newlyMade"));
    assertEquals(0L, r.data().get("activeDisclosure.regulations.newlyPublished"));
    assertEquals(0L, r.data().get("activeDisclosure.regulations.totalPublished"));
    assertEquals(15098L, r.data().get("activeDisclosure.licensing.decisions"));
    assertEquals("15098件", r.provenance().get("activeDisclosure.licensing.decisions").raw());
    assertEquals(9L, r.data().get("activeDisclosure.centralizedProcurement.projects"));
    assertEquals(new BigDecimal("1887.214474"),
        r.data().get("activeDisclosure.centralizedProcurement.amountWanYuan"));
    assertEquals(0L, r.data().get("activeDisclosure.administrativeFees.change"));
  }

  @Test
  void seed003FieldsNotPrintedAreNullWithOneWarningPerItem() {
    Reconciliation r = reconciler.reconcile(seed003());
    assertNull(r.data().get("activeDisclosure.licensing.previousItems"));
    assertNull(r.data().get("activeDisclosure.licensing.change"));
    assertTrue(r.data().activeDisclosure().get("licensing").containsKey("change"));
    assertNull(r.data().get("activeDisclosure.punishment.previousItems"));
    assertEquals(3, r.warnings("NOT_PRINTED").size(), r.warnings().toString());
    // 其他对外管理服务事项 is not printed at all
    assertNull(r.data().get("activeDisclosure.otherExternalServices.decisions"));
    assertEquals(1, r.warnings("MISSING_ROW").size());
    assertTrue(r.warnings("MISSING_ROW").get(0).message().contains("otherExternalServices"));
  }

  @Test
  void seed003OneRowOtherHandlingIsPrintedNotDerived() {
    Reconciliation r = reconciler.reconcile(seed003());
    assertFalse(r.data().applications().containsKey("otherOverdueCorrection"));
    assertEquals(0L, r.data().get("applications.otherHandling.total"));
    assertEquals(ValueSource.TEXT_LAYER, r.provenance().get("applications.otherHandling.total").source());
    // 23 rows: no (六) sub-rows
    assertEquals(23 + 7 + 7 + 3, r.checks().size());
    assertEquals(Set.of(), failed(r));
  }

  // --- seed 004: 海东市 2019, GB2019; totals that do not add up

  private List<Table> seed004() {
    Table active = Grids.plain("t1",
        row("第二十条第（一）项", "", "", ""),
        row("信息内容", "本年新制作数量", "本年新 公开数量", "对外公开总数量"),
        row("规章", "103", "48", "115"),
        row("规范性文件", "9", "5", "17"),
        row("第二十条第（五）项", "", "", ""),
        row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
        row("行政许可", "396", "-3", "37433"),
        row("其他对外管理服务事项", "139", "-15", "4570"),
        row("第二十条第（六）项", "", "", ""),
        row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
        row("行政处罚", "1915", "-31", "277"),
        row("行政强制", "276", "-19", "44"),
        row("第二十条第（八）项", "", "", ""),
        row("信息内容", "上一年项目数量", "本年增/减", ""),
        row("行政事业性收费", "67", "-18", ""),
        row("第二十条第（九）项", "", "", ""),
        row("信息内容", "采购项目数量", "采购总金额", ""),
        row("政府集中采购", "2843", "51.57 亿元", ""));
    ApplicationsGrid apps = ApplicationsGrid.standard(false).allBlank()
        .values("newReceived", "142", "36", "", "", "", "57", "235")
        .values("granted", "132", "33", "", "", "", "57", "230")
        .values("deniedThirdPartyRights", "", "1", "", "", "", "", "1")
        .values("unableNotHeld", "6", "2", "", "", "", "", "8")
        .values("notProcessedPetition", "4", "", "", "", "", "", "4")
        .values("resultsTotal", "142", "36", "", "", "", "57", "235");
    return List.of(active, apps.build("t2"),
        Grids.reviews("t3", "26", "10", "2", "", "38", "25", "1", "13", "15", "54", "6", "2", "13", "1", "22"));
  }

  @Test
  void seed004ReadsGb2019TableTwo() {
    Reconciliation r = reconciler.reconcile(seed004());
    assertEquals(Template.GB2019, r.template());
    assertEquals(103L, r.data().get("activeDisclosure.regulations.newlyMade"));
    assertEquals(48L, r.data().get("activeDisclosure.regulations.newlyPublished"));
    assertEquals(17L, r.data().get("activeDisclosure.normativeDocuments.totalPublished"));
    assertEquals(-3L, r.data().get("activeDisclosure.licensing.change"));
    assertEquals(4570L, r.data().get("activeDisclosure.otherExternalServices.decisions"));
    assertEquals(1915L, r.data().get("activeDisclosure.punishment.previousItems"));
    assertEquals(44L, r.data().get("activeDisclosure.enforcement.decisions"));
    assertEquals(67L, r.data().get("activeDisclosure.administrativeFees.previousItems"));
    assertEquals(-18L, r.data().get("activeDisclosure.administrativeFees.change"));
    assertEquals(2843L, r.data().get("activeDisclosure.centralizedProcurement.projects"));
    assertEquals(new BigDecimal("515700"),
        r.data().get("activeDisclosure.centralizedProcurement.amountWanYuan"));
    assertEquals("51.57 亿元",
        r.provenance().get("activeDisclosure.centralizedProcurement.amountWanYuan").raw());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void seed004KeepsPrintedFiguresThatDoNotAddUp() {
    Reconciliation r = reconciler.reconcile(seed004());
    assertEquals(230L, r.data().get("applications.granted.total"));
    assertEquals(235L, r.data().get("applications.resultsTotal.total"));
    assertEquals(Set.of("applications.rowTotal/granted", "applications.results/total"), failed(r));
    Check rowTotal = check(r, "applications.rowTotal", "granted");
    assertEquals(222L, rowTotal.expected());
    assertEquals(230L, rowTotal.actual());
    Check results = check(r, "applications.results", "total");
    assertEquals(243L, results.expected());
    assertEquals(235L, results.actual());
    assertEquals("resultsTotal.total printed 235, parts sum to 243", results.message());
    assertTrue(check(r, "applications.results", "commercialEnterprise").passed());
    assertTrue(check(r, "applications.balance", "total").passed());
    assertEquals(38L, r.data().get("reviewsAndLawsuits.administrativeReview.total"));
    assertEquals(15L, r.data().get("reviewsAndLawsuits.lawsuitDirect.pending"));
    assertEquals(22L, r.data().get("reviewsAndLawsuits.lawsuitAfterReview.total"));
    assertTrue(check(r, "reviewsAndLawsuits.total", "lawsuitDirect").passed());
  }
}
