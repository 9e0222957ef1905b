package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Builds in-memory grids for tests. */
final class Grids {
  private Grids() {}

  /** One cell per non-null entry, no spans; "" is a printed-empty cell, null no cell at all. */
  static Table plain(String id, String[]... rows) {
    List<Cell> cells = new ArrayList<>();
    int cols = 0;
    for (int r = 0; r < rows.length; r++) {
      cols = Math.max(cols, rows[r].length);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] != null) {
          cells.add(Cell.of(r, c, rows[r][c]));
        }
      }
    }
    return new Table(id, List.of(1), "lattice", rows.length, cols, cells);
  }

  static String[] row(String... cells) {
    return cells;
  }

  /** Table 四 with its 3-row header (行政复议 | 行政诉讼 > 未经复议直接起诉 / 复议后起诉) and one figure row. */
  static Table reviews(String id, String... fifteen) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.spanning(0, 0, 1, 5, "行政复议"));
    cells.add(Cell.spanning(0, 5, 1, 10, "行政诉讼"));
    String[] fields = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    for (int i = 0; i < 5; i++) {
      cells.add(Cell.spanning(1, i, 2, 1, fields[i]));
      cells.add(Cell.of(2, 5 + i, fields[i]));
      cells.add(Cell.of(2, 10 + i, fields[i]));
    }
    cells.add(Cell.spanning(1, 5, 1, 5, "未经复议直接起诉"));
    cells.add(Cell.spanning(1, 10, 1, 5, "复议后起诉"));
    for (int i = 0; i < 15; i++) {
      cells.add(Cell.of(3, i, fifteen[i]));
    }
    return new Table(id, List.of(3), "lattice", 4, 15, cells);
  }

  /** Table 四 whose header lines were lost: only the 15 figures are readable. */
  static Table reviewsWithoutHeaders(String id, String... fifteen) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.spanning(0, 0, 1, 15, "▇▇ ▇▇▇"));
    for (int i = 0; i < 15; i++) {
      cells.add(Cell.of(1, i, fifteen[i]));
    }
    return new Table(id, List.of(3), "image", 2, 15, cells);
  }

  /** Table 二, GB2021 form, one block per 第二十条 item, values as printed. */
  static Table activeGb2021(String id, String[] regulations, String[] normative, String licensing,
      String punishment, String enforcement, String fees) {
    return plain(id,
        row("第二十条第（一）项", "", "", ""),
        row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
        row("规章", regulations[0], regulations[1], regulations[2]),
        row("行政规范性文件", normative[0], normative[1], normative[2]),
        row("第二十条第（五）项", "", "", ""),
        row("信息内容", "本年处理决定数量", "", ""),
        row("行政许可", licensing, "", ""),
        row("第二十条第（六）项", "", "", ""),
        row("信息内容", "本年处理决定数量", "", ""),
        row("行政处罚", punishment, "", ""),
        row("行政强制", enforcement, "", ""),
        row("第二十条第（八）项", "", "", ""),
        row("信息内容", "本年收费金额（单位：万元）", "", ""),
        row("行政事业性收费", fees, "", ""));
  }
}
