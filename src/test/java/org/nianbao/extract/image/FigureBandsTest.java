package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.extract.image.AlignedColumns.Run;

/**
 * Figure columns of tables ruled only horizontally, on runs laid out as table 三 and 四 print
 * them (glyphs 26 px high, digits 18 px): the columns come from where the figures stand and the
 * leaf headers, held to the templates' counts.
 */
class FigureBandsTest {
  static final double EM = 26;

  static Run text(int left, int right) {
    return new Run(left, right, 26, 26);
  }

  static Run figure(int center, int digits) {
    int w = 6 * digits;
    return new Run(center - w, center + w, 18, 18);
  }

  /** Figure centres of table 三's seven applicant columns. */
  static final int[] CENTRES = {820, 920, 1020, 1120, 1220, 1320, 1420};

  /**
   * The header rows: a group head, a note in a small font beside the head of the applicant
   * groups, the leaf headers (but the one of column {@code missing}).
   */
  static List<List<Run>> header(int missing) {
    List<List<Run>> rows = new ArrayList<>();
    rows.add(List.of(text(1050, 1180)));
    // the note's line: many digit-high runs in the label column, then 法人或其他组织
    List<Run> note = new ArrayList<>();
    for (int x = 200; x < 740; x += 60) {
      note.add(new Run(x, x + 45, 15, 15));
    }
    note.add(text(1000, 1240));
    rows.add(note);
    List<Run> leaves = new ArrayList<>();
    leaves.add(text(790, 850)); // 自然人
    for (int c = 1; c < 6; c++) {
      if (c != missing) {
        leaves.add(text(CENTRES[c] - 26, CENTRES[c] + 26));
      }
    }
    leaves.add(text(1394, 1446)); // 总计
    rows.add(leaves);
    return rows;
  }

  /** A row of figures after a label, a figure for each column given (0: printed blank). */
  static List<Run> figures(int[] digits) {
    List<Run> row = new ArrayList<>();
    row.add(text(300, 700));
    for (int c = 0; c < digits.length; c++) {
      if (digits[c] > 0) {
        row.add(figure(CENTRES[c], digits[c]));
      }
    }
    return row;
  }

  @Test
  void sevenColumnsFromTheFiguresNotFromANoteInASmallFont() {
    List<List<Run>> rows = header(-1);
    rows.add(figures(new int[] {4, 3, 2, 1, 2, 3, 4}));
    rows.add(figures(new int[] {2, 2, 1, 1, 1, 1, 2}));
    rows.add(figures(new int[] {3, 0, 1, 0, 1, 2, 3}));
    int[] xs = FigureBands.columns(rows, List.of(), EM, 176, 1476);
    assertNotNull(xs);
    assertEquals(8, xs.length);
    assertEquals(1476, xs[7]);
    for (int c = 0; c < 7; c++) {
      assertEquals(true, xs[c] < CENTRES[c] - 24 && CENTRES[c] + 24 < xs[c + 1],
          "column " + c + " holds its figures: " + java.util.Arrays.toString(xs));
    }
  }

  @Test
  void aColumnBlankInEveryRowIsShownByItsLeafHeader() {
    List<List<Run>> rows = header(-1);
    rows.add(figures(new int[] {4, 3, 2, 0, 2, 3, 4}));
    rows.add(figures(new int[] {2, 2, 1, 0, 1, 1, 2}));
    int[] xs = FigureBands.columns(rows, List.of(), EM, 176, 1476);
    assertNotNull(xs);
    assertEquals(8, xs.length);
    assertEquals(true, xs[3] < CENTRES[3] - 26 && CENTRES[3] + 26 < xs[4]);
  }

  @Test
  void withoutItsHeaderABlankColumnLeavesTooFewColumns() {
    List<List<Run>> rows = header(3);
    rows.add(figures(new int[] {4, 3, 2, 0, 2, 3, 4}));
    rows.add(figures(new int[] {2, 2, 1, 0, 1, 1, 2}));
    assertNull(FigureBands.columns(rows, List.of(), EM, 176, 1476));
  }

  @Test
  void aTablePrintedAllBlankTakesItsColumnsFromItsLeafHeaders() {
    // every zero left empty: label rows only, of several lengths, under the header
    List<List<Run>> rows = header(-1);
    rows.add(List.of(text(200, 700)));
    rows.add(List.of(text(200, 640)));
    rows.add(List.of(text(200, 260), text(300, 680)));
    rows.add(List.of(text(400, 690)));
    int[] xs = FigureBands.columns(rows, List.of(), EM, 176, 1476);
    assertNotNull(xs);
    assertEquals(8, xs.length);
    for (int c = 0; c < 7; c++) {
      assertEquals(true, xs[c] < CENTRES[c] - 24 && CENTRES[c] + 24 < xs[c + 1],
          "column " + c + " under its leaf: " + java.util.Arrays.toString(xs));
    }
  }

  @Test
  void aLightFontTotalHeadPassingForDigitsDoesNotHideABlankTable() {
    // 总计 as low as digits ends the leaf row as a "figure"; the body below is all blank
    List<List<Run>> rows = header(-1);
    List<Run> leaves = new ArrayList<>(rows.get(2));
    leaves.set(leaves.size() - 1, new Run(1394, 1446, 18, 18));
    rows.set(2, leaves);
    rows.add(List.of(text(200, 700)));
    rows.add(List.of(text(200, 640)));
    rows.add(List.of(text(400, 690)));
    int[] xs = FigureBands.columns(rows, List.of(), EM, 176, 1476);
    assertNotNull(xs);
    assertEquals(8, xs.length);
    // but two rows of figures are a body's: no header read out of them
    rows.add(figures(new int[] {0, 0, 0, 0, 0, 0, 2}));
    assertNull(FigureBands.columns(rows, List.of(), EM, 176, 1476));
  }

  @Test
  void aTablePrintedAllBlankWithALeafUnreadHasNoColumns() {
    List<List<Run>> rows = header(3);
    rows.add(List.of(text(200, 700)));
    rows.add(List.of(text(200, 640)));
    assertNull(FigureBands.columns(rows, List.of(), EM, 176, 1476));
  }

  @Test
  void twoRunsOfOneRowInOneColumnAreOneCell() {
    // 1250.26 with its decimal point lost as a speck: 1250 | 26 under one column's figures
    List<List<Run>> rows = header(-1);
    rows.add(figures(new int[] {4, 3, 2, 1, 2, 3, 6}));
    List<Run> split = figures(new int[] {4, 3, 2, 1, 2, 3, 0});
    split.add(new Run(1384, 1410, 18, 18));
    split.add(new Run(1420, 1440, 18, 18));
    rows.add(split);
    int[] xs = FigureBands.columns(rows, List.of(), EM, 176, 1476);
    assertNotNull(xs);
    assertEquals(8, xs.length);
    assertEquals(true, xs[6] < 1384 && 1440 < xs[7], java.util.Arrays.toString(xs));
  }

  @Test
  void aRuleEndInAGapIsTheBoundary() {
    List<List<Run>> rows = header(-1);
    rows.add(figures(new int[] {4, 3, 2, 1, 2, 3, 4}));
    int[] xs = FigureBands.columns(rows, List.of(760, 1372), EM, 176, 1476);
    assertNotNull(xs);
    assertEquals(760, xs[0]);
    assertEquals(1372, xs[6]);
  }

  @Test
  void fifteenReviewColumnsFromLeavesOverOneRowOfFigures() {
    // table 四: group heads, leaf heads of 15 columns 84 px apart, one row of figures with a
    // blank one (its zero printed as nothing)
    List<List<Run>> rows = new ArrayList<>();
    rows.add(List.of(text(330, 440), text(960, 1080)));
    rows.add(List.of(text(700, 900), text(1170, 1300)));
    List<Run> leaves = new ArrayList<>();
    List<Run> figures = new ArrayList<>();
    for (int c = 0; c < 15; c++) {
      int centre = 220 + 84 * c;
      leaves.add(new Run(centre - 24, centre + 24, 98, 25)); // four stacked lines
      if (c != 1) {
        figures.add(figure(centre, 1));
      }
    }
    rows.add(leaves);
    rows.add(figures);
    int[] xs = FigureBands.columns(rows, List.of(), EM, 171, 1458);
    assertNotNull(xs);
    assertEquals(16, xs.length);
    assertEquals(1458, xs[15]);
  }

  @Test
  void otherCountsAreLeftToTheCaller() {
    // table 二's three figure columns
    List<List<Run>> rows = new ArrayList<>();
    rows.add(List.of(text(200, 300), text(500, 640), text(800, 940), text(1100, 1240)));
    rows.add(List.of(text(200, 300), figure(570, 2), figure(870, 3), figure(1170, 4)));
    assertNull(FigureBands.columns(rows, List.of(), EM, 150, 1300));
  }

  @Test
  void zeroMarksAfterTheFiguresDoNotEndTheLabel() {
    List<Run> row = new ArrayList<>(figures(new int[] {4, 3, 0, 0, 0, 0, 4}));
    row.add(new Run(1015, 1025, 3, 3)); // - printed for 0
    row.sort(java.util.Comparator.comparingInt(Run::left));
    assertEquals(3, FigureBands.trailingFigures(row, EM).size());
    assertArrayEquals(new int[] {1396, 1444},
        new int[] {FigureBands.trailingFigures(row, EM).get(2).left(),
            FigureBands.trailingFigures(row, EM).get(2).right()});
  }
}
