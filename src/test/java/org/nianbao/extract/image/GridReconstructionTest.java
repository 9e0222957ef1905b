package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;

/**
 * Grid and span reconstruction on fixture.html (LibreOffice-rendered ruled tables with
 * rowspan/colspan). The expected grids are written from the HTML by hand, not from the reader.
 */
class GridReconstructionTest {
  static final double PPP = 72.0 / TestImages.FIXTURE_DPI;

  /** Table 三 excerpt: "row,column,rowSpan,columnSpan" of every cell. */
  static final Set<String> TABLE_A = Set.of(
      "0,0,2,2", "0,2,1,3",
      "1,2,1,1", "1,3,1,1", "1,4,1,1",
      "2,0,1,2", "2,2,1,1", "2,3,1,1", "2,4,1,1",
      "3,0,3,1", "3,1,1,1", "3,2,1,1", "3,3,1,1", "3,4,1,1",
      "4,1,1,1", "4,2,1,1", "4,3,1,1", "4,4,1,1",
      "5,1,1,1", "5,2,1,1", "5,3,1,1", "5,4,1,1",
      "6,0,1,2", "6,2,1,1", "6,3,1,1", "6,4,1,1");

  /** Table 四: 行政复议 (5) and 行政诉讼 (10) over 15 figure columns. */
  static final Set<String> TABLE_B = tableB();

  private static Set<String> tableB() {
    Set<String> s = new TreeSet<>(List.of("0,0,1,5", "0,5,1,10", "1,5,1,5", "1,10,1,5"));
    for (int c = 0; c < 5; c++) {
      s.add("1," + c + ",2,1");
    }
    for (int c = 5; c < 15; c++) {
      s.add("2," + c + ",1,1");
    }
    for (int c = 0; c < 15; c++) {
      s.add("3," + c + ",1,1");
    }
    return s;
  }

  static Set<String> spans(Table t) {
    return t.cells().stream()
        .map(c -> c.row() + "," + c.column() + "," + c.rowSpan() + "," + c.columnSpan())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static void assertFixtureGrid(ImagePageResult r) {
    assertEquals(2, r.tables().size(), "tables");
    Table a = r.tables().get(0);
    Table b = r.tables().get(1);
    assertEquals(7, a.rowCount());
    assertEquals(5, a.columnCount());
    assertEquals(new TreeSet<>(TABLE_A), spans(a));
    assertEquals(4, b.rowCount());
    assertEquals(15, b.columnCount());
    assertEquals(TABLE_B, spans(b));
    for (Table t : r.tables()) {
      assertEquals("image", t.method());
      for (Cell c : t.cells()) {
        assertTrue(c.bbox().width() > 5 && c.bbox().left() > 0 && c.bbox().right() < 600,
            "bbox in PDF points: " + c.bbox());
      }
    }
  }

  private static ImagePageResult readBlind(BufferedImage img) {
    try (OcrEngine blind = TestImages.blind()) {
      return new ImageTableReader(blind).read(img, PPP, 1);
    }
  }

  @Test
  void upright() throws Exception {
    ImagePageResult r = readBlind(TestImages.fixture());
    assertFixtureGrid(r);
    assertEquals(0, r.rotation());
    assertEquals(0.0, r.skewDegrees(), 0.1);
    // the cell 三、本年度办理结果 sits left of 予以公开, 72 pt = 1 inch page margin or so
    Cell merged = r.tables().get(0).cellAt(4, 0);
    assertEquals(3, merged.rowSpan());
  }

  @Test
  void skewedAndNoisy() throws Exception {
    BufferedImage img = TestImages.noise(TestImages.rotate(TestImages.fixture(), 1.5), 25, 7);
    ImagePageResult r = readBlind(img);
    assertEquals(1.5, r.skewDegrees(), 0.2);
    assertFixtureGrid(r);
  }

  @Test
  void skewedTheOtherWay() throws Exception {
    ImagePageResult r = readBlind(TestImages.rotate(TestImages.fixture(), -2.0));
    assertEquals(-2.0, r.skewDegrees(), 0.2);
    assertFixtureGrid(r);
  }

  @Test
  void sidewaysPageIsTurnedUpright() throws Exception {
    BufferedImage img = TestImages.quarterTurn(
        TestImages.noise(TestImages.rotate(TestImages.fixture(), 1.0), 15, 3));
    try (OcrEngine ocr = TestImages.tesseractOrSkip()) {
      ImagePageResult r = new ImageTableReader(ocr).read(img, PPP, 1);
      assertEquals(270, r.rotation(), "a page turned 90° clockwise needs 270° clockwise back");
      assertFixtureGrid(r);
    }
  }

  @Test
  void sidewaysTheOtherWayIsTurnedUpright() throws Exception {
    BufferedImage img = TestImages.quarterTurn(TestImages.quarterTurn(TestImages.quarterTurn(
        TestImages.noise(TestImages.rotate(TestImages.fixture(), -1.0), 15, 4))));
    try (OcrEngine ocr = TestImages.tesseractOrSkip()) {
      ImagePageResult r = new ImageTableReader(ocr).read(img, PPP, 1);
      assertEquals(90, r.rotation(), "a page turned 90° counter-clockwise needs 90° clockwise");
      assertFixtureGrid(r);
    }
  }
}
