package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two rows of table 三 read as one (the rule between them lost in a scan of a picture): the
 * label holds both numbered items and each figure cell both rows' figures, so whatever row the
 * label is matched to, its figures are doubtful.
 */
class MergedRowsTest {
  private final Reconciler reconciler = TemplateReconciler.fromClasspath();

  private Reconciliation read(ApplicationsGrid apps) {
    String[] z = {"0", "0", "0"};
    return reconciler.reconcile(List.of(Grids.activeGb2021("t1", z, z, "0", "0", "0", "0"),
        apps.build("t2"), Grids.reviews("t3", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
            "0", "0", "0", "0", "0")));
  }

  @Test
  void figuresOfARowWhoseLabelHoldsTwoNumberedItemsAreDoubted() {
    // 4．无正当理由… (0 1 0 0 0 0 1) and 5．要求行政机关… (0 1 0 0 0 0 1) as one row: the two
    // 1s of 商业企业 stacked in one cell read as 11, the totals as 1工
    Reconciliation r = read(ApplicationsGrid.standard(true)
        .without("notProcessedExcessive")
        .leaf("notProcessedConfirmation", "4．无正当理由大量反复申请5．要求行")
        .values("notProcessedConfirmation", "/ /", "11", "/ /", "/ /", "/ /", "/ /", "1工"));
    // the label may be matched to either row; the other is missing
    String matched = r.data().get("applications.notProcessedConfirmation.total") == null
        && r.data().get("applications.notProcessedExcessive.commercialEnterprise") != null
        ? "notProcessedExcessive" : "notProcessedConfirmation";
    assertEquals(11L, r.data().get("applications." + matched + ".commercialEnterprise"));
    for (String column : List.of("naturalPerson", "commercialEnterprise", "other")) {
      assertTrue(r.provenance().get("applications." + matched + "." + column)
          .confidence() < CellValueReader.LOW_CONFIDENCE, column);
    }
    assertEquals(1, r.warnings("MISSING_ROW").size(), r.warnings().toString());
  }

  @Test
  void aLabelWithOneNumberedItemIsNotDoubted() {
    Reconciliation r = read(ApplicationsGrid.standard(true)
        .values("notProcessedConfirmation", "0", "1", "0", "0", "0", "0", "1")
        .values("resultsTotal", "0", "1", "0", "0", "0", "0", "1"));
    assertEquals(1L, r.data().get("applications.notProcessedConfirmation.commercialEnterprise"));
    Double c = r.provenance().get("applications.notProcessedConfirmation.commercialEnterprise")
        .confidence();
    assertTrue(c == null || c >= CellValueReader.LOW_CONFIDENCE, String.valueOf(c));
  }

  @Test
  void numberedItemsAreCounted() {
    assertEquals(2, ApplicationsReader.numberedItems("2.重复申请3.要求提供公开出版物"));
    assertEquals(2, ApplicationsReader.numberedItems("4．无正当理由大量反复申请5．要求行"));
    assertEquals(1, ApplicationsReader.numberedItems("1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
    assertEquals(0, ApplicationsReader.numberedItems("（七）总计"));
    // a figure with a decimal point inside a label is no item number
    assertEquals(1, ApplicationsReader.numberedItems("3．危及“三安全一稳定”12.5"));
  }
}
