package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * Table 三 laid out like a lattice PDF extraction: a 3-row header (note cell over the label
 * area, 申请人情况 over the figures, 自然人 / 法人或其他组织 (5 sub-headers) / 总计) and a 3-column
 * label area (一、/二、/四、 span all three; 三、本年度办理结果 spans the result rows in column 0;
 * (三)…(六) groups span their sub-rows in column 1).
 */
final class ApplicationsGrid {
  static final String[] COLUMNS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

  private record Spec(String key, String group, boolean results, String leaf, String[] values) {}

  private final List<Spec> rows = new ArrayList<>();
  private final Map<String, Double> confidence = new LinkedHashMap<>();
  private String method = "lattice";

  /** The standard rows, all figures "0". */
  static ApplicationsGrid standard(boolean otherAsThreeSubRows) {
    ApplicationsGrid g = new ApplicationsGrid();
    g.top("newReceived", "一、本年新收政府信息公开申请数量");
    g.top("carriedOver", "二、上年结转政府信息公开申请数量");
    g.result("granted", null, "（一）予以公开");
    g.result("partiallyGranted", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    String denied = "（三）不予公开";
    g.result("deniedStateSecret", denied, "1．属于国家秘密");
    g.result("deniedProhibitedByLaw", denied, "2．其他法律行政法规禁止公开");
    g.result("deniedThreeSafetiesOneStability", denied, "3．危及“三安全一稳定”");
    g.result("deniedThirdPartyRights", denied, "4．保护第三方合法权益");
    g.result("deniedInternalAffairs", denied, "5．属于三类内部事务信息");
    g.result("deniedProcessInformation", denied, "6．属于四类过程性信息");
    g.result("deniedEnforcementFile", denied, "7．属于行政执法案卷");
    g.result("deniedQueryMatter", denied, "8．属于行政查询事项");
    String unable = "（四）无法提供";
    g.result("unableNotHeld", unable, "1．本机关不掌握相关政府信息");
    g.result("unableNeedsCreation", unable, "2．没有现成信息需要另行制作");
    g.result("unableStillUnclear", unable, "3．补正后申请内容仍不明确");
    String notProcessed = "（五）不予处理";
    g.result("notProcessedPetition", notProcessed, "1．信访举报投诉类申请");
    g.result("notProcessedRepeated", notProcessed, "2．重复申请");
    g.result("notProcessedPublication", notProcessed, "3．要求提供公开出版物");
    g.result("notProcessedExcessive", notProcessed, "4．无正当理由大量反复申请");
    g.result("notProcessedConfirmation", notProcessed, "5．要求行政机关确认或重新出具已获取信息");
    if (otherAsThreeSubRows) {
      String other = "（六）其他处理";
      g.result("otherOverdueCorrection", other, "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
      g.result("otherOverdueFee", other, "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
      g.result("otherOther", other, "3．其他");
    } else {
      g.result("otherHandling", null, "（六）其他处理");
    }
    g.result("resultsTotal", null, "（七）总计");
    g.top("carriedForward", "四、结转下年度继续办理");
    return g;
  }

  private void top(String key, String label) {
    rows.add(new Spec(key, null, false, label, zeros()));
  }

  private void result(String key, String group, String label) {
    rows.add(new Spec(key, group, true, label, zeros()));
  }

  private static String[] zeros() {
    return new String[] {"0", "0", "0", "0", "0", "0", "0"};
  }

  ApplicationsGrid values(String key, String... seven) {
    System.arraycopy(seven, 0, spec(key).values(), 0, 7);
    return this;
  }

  /** Every figure of every row blank (printed empty), as seed 002 prints unused rows. */
  ApplicationsGrid allBlank() {
    rows.forEach(s -> java.util.Arrays.fill(s.values(), ""));
    return this;
  }

  ApplicationsGrid leaf(String key, String printed) {
    int i = rows.indexOf(spec(key));
    Spec s = rows.get(i);
    rows.set(i, new Spec(s.key(), s.group(), s.results(), printed, s.values()));
    return this;
  }

  /** The row's label broken over two grid rows; the second row has only the label's tail. */
  ApplicationsGrid breakLabel(String key, String head, String tail) {
    int i = rows.indexOf(spec(key));
    Spec s = rows.get(i);
    rows.set(i, new Spec(key, s.group(), s.results(), head, s.values()));
    rows.add(i + 1, new Spec(key + "~tail", s.group(), s.results(), tail,
        new String[] {"", "", "", "", "", "", ""}));
    return this;
  }

  ApplicationsGrid group(String oldGroup, String printed) {
    for (int i = 0; i < rows.size(); i++) {
      Spec s = rows.get(i);
      if (oldGroup.equals(s.group())) {
        rows.set(i, new Spec(s.key(), printed, s.results(), s.leaf(), s.values()));
      }
    }
    return this;
  }

  /** A row the template does not know (a local addition), printed after {@code afterKey}. */
  ApplicationsGrid extraRowAfter(String afterKey, String label, String... seven) {
    Spec after = spec(afterKey);
    rows.add(rows.indexOf(after) + 1,
        new Spec("extra~" + rows.size(), null, after.results(), label, seven.clone()));
    return this;
  }

  /** A note line across the whole table width (no figure cells), printed after {@code afterKey}. */
  ApplicationsGrid noteAfter(String afterKey, String text) {
    Spec after = spec(afterKey);
    rows.add(rows.indexOf(after) + 1, new Spec("note~" + rows.size(), null, after.results(), text,
        new String[0]));
    return this;
  }

  /** The row lost altogether, as when OCR drops a line of the table. */
  ApplicationsGrid without(String key) {
    rows.remove(spec(key));
    return this;
  }

  ApplicationsGrid confidence(String key, int column, double c) {
    confidence.put(key + "#" + column, c);
    return this;
  }

  ApplicationsGrid method(String m) {
    method = m;
    return this;
  }

  /** Grid row of a template row key (header rows come first). */
  int gridRow(String key) {
    return 3 + rows.indexOf(spec(key));
  }

  private Spec spec(String key) {
    return rows.stream().filter(s -> s.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(key));
  }

  Table build(String id) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.spanning(0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
    cells.add(Cell.spanning(0, 3, 1, 7, "申请人情况"));
    cells.add(Cell.spanning(1, 3, 2, 1, "自然人"));
    cells.add(Cell.spanning(1, 4, 1, 5, "法人或其他组织"));
    cells.add(Cell.spanning(1, 9, 2, 1, "总计"));
    for (int i = 1; i <= 5; i++) {
      cells.add(Cell.of(2, 3 + i, COLUMNS[i]));
    }
    int firstResult = -1;
    int lastResult = -1;
    for (int i = 0; i < rows.size(); i++) {
      Spec s = rows.get(i);
      int r = 3 + i;
      if (s.key().startsWith("note~")) {
        cells.add(Cell.spanning(r, 0, 1, 10, s.leaf()));
        continue;
      }
      if (s.results()) {
        firstResult = firstResult < 0 ? r : firstResult;
        lastResult = r;
        if (s.group() == null) {
          cells.add(Cell.spanning(r, 1, 1, 2, s.leaf()));
        } else {
          if (i == 0 || !s.group().equals(rows.get(i - 1).group())) {
            int span = 1;
            while (i + span < rows.size() && s.group().equals(rows.get(i + span).group())) {
              span++;
            }
            cells.add(Cell.spanning(r, 1, span, 1, s.group()));
          }
          cells.add(Cell.of(r, 2, s.leaf()));
        }
      } else {
        cells.add(Cell.spanning(r, 0, 1, 3, s.leaf()));
      }
      for (int c = 0; c < 7; c++) {
        Double conf = confidence.get(s.key() + "#" + c);
        cells.add(new Cell(r, 3 + c, 1, 1, s.values()[c], 2, null,
            conf != null ? conf : "image".equals(method) ? 0.99 : null));
      }
    }
    cells.add(Cell.spanning(firstResult, 0, lastResult - firstResult + 1, 1, "三、本年度办理结果"));
    return new Table(id, List.of(2), method, 3 + rows.size(), 10, cells);
  }

  /**
   * The same grid as two tables, cut before the given row key, as when page joining fails:
   * merged label cells crossing the cut are clipped, and the second piece repeats them empty.
   */
  List<Table> buildSplit(String firstId, String secondId, String cutBeforeKey) {
    Table whole = build(firstId);
    int cut = gridRow(cutBeforeKey);
    List<Cell> a = new ArrayList<>();
    List<Cell> b = new ArrayList<>();
    for (Cell c : whole.cells()) {
      if (c.lastRow() < cut) {
        a.add(c);
      } else if (c.row() >= cut) {
        b.add(new Cell(c.row() - cut, c.column(), c.rowSpan(), c.columnSpan(), c.text(), 3, null,
            c.confidence()));
      } else {
        a.add(new Cell(c.row(), c.column(), cut - c.row(), c.columnSpan(), c.text(), 2, null,
            c.confidence()));
        b.add(new Cell(0, c.column(), c.lastRow() - cut + 1, c.columnSpan(), "", 3, null,
            c.confidence()));
      }
    }
    return List.of(
        new Table(firstId, List.of(2), whole.method(), cut, 10, a),
        new Table(secondId, List.of(3), whole.method(), whole.rowCount() - cut, 10, b));
  }
}
