package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;

/** Figures of fixture.html read by OCR, clean and degraded, against the figures in the HTML. */
class NumericOcrTest {
  /** Figure cells of table A by row (blank = printed empty), then table B's figure row. */
  static final String[][] TABLE_A_FIGURES = {
      {"128", "37", "165"}, {"96", "20", "116"}, {"4", "0", "4"}, {"", "1509", "1509"},
      {"28", "8072", "8100"}};
  static final String[] TABLE_B_FIGURES =
      {"3", "1", "0", "2", "6", "15", "7", "9", "0", "31", "5", "0", "2", "64", "71"};

  static List<String[]> expectedVsRead(ImagePageResult r) {
    List<String[]> out = new ArrayList<>();
    Table a = r.tables().get(0);
    for (int i = 0; i < TABLE_A_FIGURES.length; i++) {
      for (int c = 0; c < 3; c++) {
        Cell cell = a.cellAt(2 + i, 2 + c);
        out.add(new String[] {TABLE_A_FIGURES[i][c], cell.text(), "" + cell.confidence()});
      }
    }
    Table b = r.tables().get(1);
    for (int c = 0; c < 15; c++) {
      Cell cell = b.cellAt(3, c);
      out.add(new String[] {TABLE_B_FIGURES[c], cell.text(), "" + cell.confidence()});
    }
    return out;
  }

  private static void assertFigures(BufferedImage img) throws Exception {
    try (OcrEngine ocr = TestImages.tesseractOrSkip()) {
      ImagePageResult r = new ImageTableReader(ocr).read(img, GridReconstructionTest.PPP, 1);
      GridReconstructionTest.assertFixtureGrid(r);
      List<String[]> pairs = expectedVsRead(r);
      int right = 0;
      StringBuilder wrong = new StringBuilder();
      for (String[] p : pairs) {
        if (p[0].equals(p[1])) {
          right++;
        } else {
          wrong.append(" expected '").append(p[0]).append("' read '").append(p[1])
              .append("' conf ").append(p[2]);
          // a wrong figure must at least be flagged
          assertTrue(Double.parseDouble(p[2]) < 0.9, "unflagged wrong figure:" + wrong);
        }
      }
      assertTrue(right >= Math.ceil(0.99 * pairs.size()),
          right + "/" + pairs.size() + " figures right;" + wrong);
      // the blank cell is blank with full confidence, without an OCR guess
      Cell blank = r.tables().get(0).cellAt(5, 2);
      assertEquals("", blank.text());
      assertEquals(1.0, blank.confidence());
    }
  }

  @Test
  void cleanRendering() throws Exception {
    assertFigures(TestImages.fixture());
  }

  @Test
  void skewedNoisyScan() throws Exception {
    assertFigures(TestImages.noise(TestImages.rotate(TestImages.fixture(), 1.5), 20, 11));
  }

  @Test
  void labelsAreReadAsChinese() throws Exception {
    try (OcrEngine ocr = TestImages.tesseractOrSkip()) {
      ImagePageResult r = new ImageTableReader(ocr).read(TestImages.fixture(),
          GridReconstructionTest.PPP, 1);
      Table a = r.tables().get(0);
      assertEquals("申请人情况", a.textAt(0, 2));
      assertEquals("三、本年度办理结果", a.textAt(3, 0));
      assertTrue(r.linesOutsideTables().stream().anyMatch(l -> l.text().contains("行政复议")),
          "heading between the tables is read as a line outside tables");
    }
  }
}
