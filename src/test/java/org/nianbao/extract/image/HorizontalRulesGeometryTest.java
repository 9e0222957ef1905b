package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;
import org.opencv.core.Rect;

/**
 * Grid geometry of tables ruled only horizontally: column boundaries from the alignment of the
 * figure rows (not from a header whose letter-spaced words make more runs), the column that
 * only its header shows (figures all printed blank), and a stack of rules that ends at the
 * table's bottom border. The page is drawn with Java2D; the truth is where the test drew each
 * figure.
 */
class HorizontalRulesGeometryTest {
  static final int DPI = 150;
  static final double PPP = 72.0 / DPI;

  static {
    OpenCv.load();
  }

  private static AlignedColumns.Run run(int l, int r, int height) {
    return new AlignedColumns.Run(l, r, height, height);
  }

  @Test
  void figureRowsGiveTheColumnsNotALetterSpacedHeader() {
    // em 30: a header broken into six runs (wide letter spacing) and two figure rows
    // label | 0 | 0 | 0 of digit-shaped runs (20 high)
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(run(100, 160, 30), run(170, 200, 30), run(420, 480, 30), run(490, 520, 30),
            run(740, 800, 30), run(810, 840, 30)),
        List.of(run(110, 130, 30), run(150, 175, 30), run(440, 452, 20), run(760, 772, 20),
            run(1080, 1092, 20)),
        List.of(run(100, 240, 30), run(440, 452, 20), run(755, 778, 20), run(1075, 1100, 20)));
    assertEquals(List.of(rows.get(1), rows.get(2)), AlignedColumns.fullestRows(rows, 30));
    int[] xs = AlignedColumns.boundaries(rows, List.of(), 80, 1250, 7);
    // four columns; the 20-pixel gap inside the letter-spaced label 规  章 (130..150) is none
    assertEquals(5, xs.length, java.util.Arrays.toString(xs));
    assertEquals(80, xs[0]);
    assertEquals(1250, xs[4]);
    assertInside(xs[1], 240, 440);
    assertInside(xs[2], 452, 755);
    assertInside(xs[3], 778, 1075);
  }

  @Test
  void aColumnOfBlankFiguresGetsItsBoundaryFromItsHeader() {
    // header: label | 科研机构 (600..690) | 其他 (755..815) | 总计; figures only under 科研机构
    // and 总计: the figure rows see one slot from 540 to 880
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(run(100, 300, 30), run(600, 690, 30), run(755, 815, 30), run(920, 980, 30)),
        List.of(run(100, 250, 30), run(640, 652, 20), run(935, 950, 20)),
        List.of(run(100, 280, 30), run(638, 655, 20), run(932, 952, 20)));
    int[] xs = AlignedColumns.headerColumns(rows, new int[] {80, 540, 880, 1000}, 30);
    assertArrayEquals(new int[] {80, 540, 722, 880, 1000}, xs);
    // with no rule end there, the figure rows put the boundary under the header 其他
    assertArrayEquals(new int[] {80, 540, 722, 867, 1000},
        AlignedColumns.headerColumns(rows, new int[] {80, 540, 780, 1000}, 30));
    // two words of one header cell (a gap under 1.5 em) stay one column; a zero mark (one
    // glyph wide) in a figure row is no header
    List<List<AlignedColumns.Run>> mark = List.of(rows.get(1),
        List.of(run(100, 280, 30), run(638, 655, 20), run(770, 798, 28), run(932, 952, 20)));
    assertArrayEquals(new int[] {80, 540, 780, 1000},
        AlignedColumns.headerColumns(mark, new int[] {80, 540, 780, 1000}, 30));
    List<List<AlignedColumns.Run>> close = List.of(
        List.of(run(100, 300, 30), run(600, 690, 30), run(705, 765, 30)),
        rows.get(1), rows.get(2));
    assertArrayEquals(new int[] {80, 540, 880, 1000},
        AlignedColumns.headerColumns(close, new int[] {80, 540, 880, 1000}, 30));
  }

  @Test
  void aNarrowColumnsHeaderPrintedOneGlyphToALineGetsItsBoundary() {
    // as aColumnOfBlankFiguresGetsItsBoundaryFromItsHeader, but the slots are narrow and each
    // header stands one glyph wide over three lines (extent 3 em): 其 / 他 under each other
    List<List<AlignedColumns.Run>> rows = List.of(
        List.of(run(100, 300, 30), new AlignedColumns.Run(600, 630, 95, 30),
            new AlignedColumns.Run(700, 730, 95, 30), new AlignedColumns.Run(800, 830, 65, 30)),
        List.of(run(100, 250, 30), run(608, 620, 20), run(806, 824, 20)),
        List.of(run(100, 280, 30), run(606, 622, 20), run(805, 825, 20)));
    assertArrayEquals(new int[] {80, 540, 665, 765, 860},
        AlignedColumns.headerColumns(rows, new int[] {80, 540, 713, 860}, 30));
    // a zero mark one glyph high in a row without digits is no header
    assertEquals(false, AlignedColumns.headerText(new AlignedColumns.Run(700, 730, 30, 30), 30));
  }

  @Test
  void aGlyphStemUnderTheTopRuleIsNoColumnRule() {
    List<Drawn> truth = new ArrayList<>();
    BufferedImage page = drawPage(truth, true);
    ImagePageResult r;
    try (OcrEngine blind = TestImages.blind()) {
      r = new ImageTableReader(blind).read(page, PPP, 1);
    }
    assertEquals(2, r.tables().size(), "tables");
    assertEquals(6, r.tables().get(1).columnCount(), "columns from the text, not the stem");
    for (Drawn d : truth) {
      Cell c = cellAt(r.tables().get(d.table()), d.x() * PPP, d.y() * PPP);
      assertNotNull(c, d.text());
      assertEquals(d.row() + "," + d.column(), c.row() + "," + c.column(), d.text());
    }
  }

  @Test
  void aHeadingsStrokesUnderTheBottomBorderLeaveTheStack() {
    // four rules of a table, then a bold heading's strokes that close into a short "rule" 30
    // pixels under its bottom border
    List<Rect> rules = List.of(new Rect(100, 100, 900, 3), new Rect(100, 140, 900, 3),
        new Rect(100, 180, 900, 3), new Rect(100, 220, 900, 3), new Rect(180, 252, 180, 8));
    List<List<Rect>> stacks = GridFinder.stacks(rules, DPI);
    assertEquals(new Rect(100, 100, 900, 123), GridFinder.union(stacks.get(0)));
    assertEquals(List.of(List.of(new Rect(180, 252, 180, 8))), stacks.subList(1, stacks.size()));
  }

  /** A figure drawn on the page: its text, centre in pixels, and the cell it belongs to. */
  record Drawn(String text, int x, int y, int table, int row, int column) {}

  @Test
  void drawnTablesWithoutVerticalRules() {
    List<Drawn> truth = new ArrayList<>();
    BufferedImage page = drawPage(truth);
    ImagePageResult r;
    try (OcrEngine blind = TestImages.blind()) {
      r = new ImageTableReader(blind).read(page, PPP, 1);
    }
    assertEquals(2, r.tables().size(), "tables");
    Table a = r.tables().get(0);
    assertEquals(7, a.rowCount());
    assertEquals(4, a.columnCount());
    Table b = r.tables().get(1);
    assertEquals(4, b.rowCount());
    assertEquals(6, b.columnCount(), "the 其他 column of blanks is a column");
    for (Drawn d : truth) {
      Table t = r.tables().get(d.table());
      Cell c = cellAt(t, d.x() * PPP, d.y() * PPP);
      assertNotNull(c, d.text());
      assertEquals(d.row() + "," + d.column() + " 1x1",
          c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.columnSpan(), d.text());
    }
  }

  private static Cell cellAt(Table t, double x, double y) {
    for (Cell c : t.cells()) {
      if (c.bbox().left() <= x && x <= c.bbox().right() && c.bbox().top() <= y
          && y <= c.bbox().bottom()) {
        return c;
      }
    }
    return null;
  }

  private static void assertInside(int x, int lo, int hi) {
    if (x <= lo || x >= hi) {
      throw new AssertionError(x + " not inside " + lo + ".." + hi);
    }
  }

  /**
   * An A4 page at 150 dpi: table A (as 二 prints 第二十条第（一）项 and （五）项: four columns,
   * a letter-spaced header, a label with a wide space, a figure centred over three columns),
   * a bold heading, table B (as 三: a column 其他 whose figures are all blank), each ruled
   * only by full-width horizontal rules.
   */
  static BufferedImage drawPage(List<Drawn> truth) {
    return drawPage(truth, false);
  }

  /**
   * @param stem whether a glyph's stem hangs from table B's top rule into its empty header
   *     label cell (a tall stroke that touches a rule passes the rule masks)
   */
  static BufferedImage drawPage(List<Drawn> truth, boolean stem) {
    BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    Font body = new Font("Noto Serif CJK SC", Font.PLAIN, 21);
    Font heading = new Font("Noto Sans CJK SC", Font.BOLD, 32);
    g.setStroke(new BasicStroke(2));
    int left = 130;
    int rowH = 44;
    // table A
    int[] ax = {left, left + 260, left + 500, left + 740, left + 980};
    int top = 200;
    String[][] a = {
        {"第二十条第（一）项"},
        {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
        {"规    章", "0", "0", "0"},
        {"行政规范性文件", "1", "4", "53"},
        {"第二十条第（五）项"},
        {"信息内容", "本年处理决定数量"},
        {"行政许可", "2270"}};
    for (int r = 0; r <= a.length; r++) {
      g.drawLine(ax[0], top + r * rowH, ax[4], top + r * rowH);
    }
    for (int r = 0; r < a.length; r++) {
      int y = top + r * rowH + rowH / 2;
      String[] row = a[r];
      if (row.length == 1) {
        centre(g, body, row[0], (ax[0] + ax[4]) / 2, y, 0);
      } else if (row.length == 2) {
        centre(g, body, row[0], (ax[0] + ax[1]) / 2, y, 0);
        centre(g, body, row[1], (ax[1] + ax[4]) / 2, y, 0);
      } else {
        for (int c = 0; c < 4; c++) {
          // the header letter-spaced by a third of a glyph
          int x = (ax[c] + ax[c + 1]) / 2;
          centre(g, body, row[c], x, y, r == 1 ? 7 : 0);
          if (r >= 2 && c >= 1) {
            truth.add(new Drawn(row[c], x, y, 0, r, c));
          }
        }
      }
    }
    int bottomA = top + a.length * rowH;
    centre(g, heading, "三、收到和处理政府信息公开申请情况", 520, bottomA + 70, 0);
    // table B: label | 自然人 | 商业企业 | 科研机构 | 其他 | 总计, 其他 all blank
    int[] bx = {left, left + 330, left + 460, left + 590, left + 720, left + 850, left + 980};
    int topB = bottomA + 120;
    String[][] b = {
        {"", "自然人", "商业企业", "科研机构", "其他", "总计"},
        {"一、本年新收申请数量", "12", "3", "1", "", "16"},
        {"二、上年结转申请数量", "2", "0", "0", "", "2"},
        {"（一）予以公开", "5", "1", "0", "", "6"}};
    for (int r = 0; r <= b.length; r++) {
      g.drawLine(bx[0], topB + r * rowH, bx[6], topB + r * rowH);
    }
    if (stem) {
      g.fillRect((bx[0] + bx[1]) / 2, topB, 3, rowH - 14);
    }
    for (int r = 0; r < b.length; r++) {
      int y = topB + r * rowH + rowH / 2;
      for (int c = 0; c < 6; c++) {
        int x = c == 0 && r > 0 ? bx[0] + 10 + width(g, body, b[r][c]) / 2 : (bx[c] + bx[c + 1]) / 2;
        centre(g, body, b[r][c], x, y, 0);
        if (r >= 1 && c >= 1 && !b[r][c].isEmpty()) {
          truth.add(new Drawn(b[r][c], x, y, 1, r, c));
        }
      }
    }
    g.dispose();
    return img;
  }

  private static int width(Graphics2D g, Font f, String s) {
    return g.getFontMetrics(f).stringWidth(s);
  }

  /** Draws s centred at (x, y), with {@code spacing} extra pixels between its characters. */
  private static void centre(Graphics2D g, Font f, String s, int x, int y, int spacing) {
    if (s.isEmpty()) {
      return;
    }
    g.setFont(f);
    FontMetrics m = g.getFontMetrics();
    int w = m.stringWidth(s) + spacing * (s.length() - 1);
    int base = y + (m.getAscent() - m.getDescent()) / 2;
    int cx = x - w / 2;
    for (int i = 0; i < s.length(); i++) {
      String ch = s.substring(i, i + 1);
      g.drawString(ch, cx, base);
      cx += m.stringWidth(ch) + spacing;
    }
  }
}
