package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

/** Whether a figure reading can account for a cell's ink (200 dpi, 10.5pt: CJK ~29 px tall). */
class CellReaderFitTest {
  private static final double PPI = 200;

  private static Ink ink(int width, int height) {
    return new Ink(new Rect(0, 0, width, height), 1, height);
  }

  @Test
  void figuresFitTheirInk() {
    assertTrue(CellReader.fitsInk("0", ink(12, 20), PPI)); // a digit 20 px tall
    assertTrue(CellReader.fitsInk("1", ink(6, 20), PPI));
    assertTrue(CellReader.fitsInk("47", ink(26, 20), PPI));
    assertTrue(CellReader.fitsInk("1,050", ink(62, 21), PPI));
    assertTrue(CellReader.fitsInk("159.7", ink(55, 20), PPI));
    assertTrue(CellReader.fitsInk("-", ink(14, 3), PPI));
    assertTrue(CellReader.fitsInk("—", ink(40, 4), PPI));
  }

  @Test
  void shortLabelsForcedIntoFiguresDoNot() {
    assertFalse(CellReader.fitsInk("2", ink(60, 29), PPI)); // 规章
    assertFalse(CellReader.fitsInk("47", ink(118, 29), PPI)); // 行政处罚
    assertFalse(CellReader.fitsInk("4", ink(150, 30), PPI)); // （七）总计
    assertFalse(CellReader.fitsInk("-", ink(200, 30), PPI)); // （一）予以公开
    assertFalse(CellReader.fitsInk("-", ink(29, 29), PPI)); // a dash read from a full-height glyph
  }
}
