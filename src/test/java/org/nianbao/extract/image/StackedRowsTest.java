package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ocr.OcrWord;

/** Rows of print in a layout line's ink profile (inked pixels per pixel row). */
class StackedRowsTest {

  /** Profile with the given runs of ink (first, end, pixels per row) over the height. */
  private static int[] profile(int height, int[]... runs) {
    int[] p = new int[height];
    for (int[] r : runs) {
      for (int y = r[0]; y < r[1]; y++) {
        p[y] = r[2];
      }
    }
    return p;
  }

  @Test
  void wrappedTitleTakenForOneLineIsTwoRows() {
    // a 150 dpi scan: a 40 pt layout line over the title's full first line (about 19 pt of ink)
    // and its second line 报告 (two glyphs, little ink per pixel row), 2 pt of white between
    int[] p = profile(84, new int[] {0, 40, 300}, new int[] {45, 84, 20});
    List<int[]> rows = StackedRows.rows(p);
    assertEquals(2, rows.size());
    assertArrayEquals(new int[] {0, 40}, rows.get(0));
    assertArrayEquals(new int[] {45, 84}, rows.get(1));
  }

  @Test
  void oneLineStaysOne() {
    assertEquals(1, StackedRows.rows(profile(40, new int[] {2, 38, 120})).size());
    // speckle of one pixel in the white above the glyphs is no row
    int[] p = profile(40, new int[] {10, 38, 120}, new int[] {2, 4, 1});
    assertEquals(1, StackedRows.rows(p).size());
  }

  @Test
  void barsOfNumeralsAreNotRows() {
    // 三 alone: three thin bars over the height of a glyph
    int[] san = profile(40, new int[] {3, 7, 30}, new int[] {18, 22, 26}, new int[] {33, 38, 36});
    assertEquals(1, StackedRows.rows(san).size());
    // 二: two bars
    int[] er = profile(40, new int[] {6, 10, 24}, new int[] {30, 35, 36});
    assertEquals(1, StackedRows.rows(er).size());
  }

  @Test
  void aLineTouchingTheNextLinesTopStaysOne() {
    // the box reaches into the tops of the glyphs below: a short run is no row of its own
    int[] p = profile(48, new int[] {0, 36, 200}, new int[] {42, 48, 30});
    assertEquals(1, StackedRows.rows(p).size());
  }

  @Test
  void aRowAnotherLineHoldsIsThatLines() {
    // a slanted page: the merged box reaches over the next line, which the layout read itself
    OcrWord merged = new OcrWord("x", new java.awt.Rectangle(100, 100, 900, 80), 0.5);
    OcrWord next = new OcrWord("y", new java.awt.Rectangle(90, 138, 920, 44), 0.9);
    List<OcrWord> layout = List.of(merged, next);
    assertTrue(StackedRows.coveredByAnother(new java.awt.Rectangle(100, 142, 880, 38), merged,
        layout));
    assertFalse(StackedRows.coveredByAnother(new java.awt.Rectangle(100, 100, 880, 38), merged,
        layout));
    // a lone 报告 under the title: nothing else there
    assertFalse(StackedRows.coveredByAnother(new java.awt.Rectangle(520, 142, 80, 38), merged,
        List.of(merged)));
  }

  @Test
  void aHairlineOfWhiteInsideGlyphsDoesNotSplit() {
    // 1 px of white between the halves of a row 40 px tall: glyph parts, not two rows
    int[] p = profile(40, new int[] {0, 19, 200}, new int[] {20, 40, 180});
    assertEquals(1, StackedRows.rows(p).size());
  }
}
