package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import technology.tabula.Page;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

class PageRulingsTest {
  /** A header row 40 pt high over an all-blank figure row 7.85 pt high, two columns. */
  private static List<Ruling> thinRowTable() {
    List<Ruling> r = new ArrayList<>();
    for (float y : new float[] {100f, 140f, 147.85f}) {
      r.add(new Ruling(y, 50f, 200f, 0f));
    }
    for (float x : new float[] {50f, 150f, 250f}) {
      r.add(new Ruling(100f, x, 0f, 47.85f));
    }
    return r;
  }

  @Test
  void keepsBothLinesOfAThinRow() {
    Page page = new Page(0, 0, 595, 842, 0, 1, null, null, List.<TextElement>of(), thinRowTable());
    PageRulings rulings = new PageRulings(page);
    assertEquals(3, rulings.horizontal().size());
    assertEquals(3, rulings.vertical().size());
    assertEquals(4,
        SpreadsheetExtractionAlgorithm.findCells(rulings.horizontal(), rulings.vertical()).size());
  }

  @Test
  void joinsEndsThatNearlyMeet() {
    List<Ruling> r = new ArrayList<>();
    r.add(new Ruling(100f, 50f, 200f, 0f));
    r.add(new Ruling(140.05f, 50.05f, 199.9f, 0f));
    r.add(new Ruling(99.95f, 50.04f, 0f, 40.1f));
    r.add(new Ruling(100.05f, 249.97f, 0f, 40f));
    Page page = new Page(0, 0, 595, 842, 0, 1, null, null, List.<TextElement>of(), r);
    PageRulings rulings = new PageRulings(page);
    assertEquals(1,
        SpreadsheetExtractionAlgorithm.findCells(rulings.horizontal(), rulings.vertical()).size());
  }

  @Test
  void pageWithoutRulings() {
    Page page = new Page(0, 0, 595, 842, 0, 1, null, null, List.<TextElement>of(), List.of());
    assertEquals(0, new PageRulings(page).horizontal().size());
  }

  /** Three columns, rows at 100/120/140, verticals running on to 160 with no line there. */
  private static List<Ruling> openTable(boolean openBottom) {
    List<Ruling> r = new ArrayList<>();
    float[] ys = openBottom ? new float[] {100f, 120f, 140f} : new float[] {120f, 140f, 160f};
    for (float y : ys) {
      r.add(new Ruling(y, 50f, 300f, 0f));
    }
    for (float x : new float[] {50f, 150f, 250f, 350f}) {
      r.add(new Ruling(100f, x, 0f, 60f));
    }
    return r;
  }

  @Test
  void closesATableLeftOpenAtThePageBottom() {
    Page page = new Page(0, 0, 595, 842, 0, 1, null, null, List.<TextElement>of(), openTable(true));
    PageRulings rulings = new PageRulings(page);
    // rows 100-120, 120-140 and the open one 140-160: three rows of three cells
    assertEquals(9,
        SpreadsheetExtractionAlgorithm.findCells(rulings.horizontal(), rulings.vertical()).size());
  }

  @Test
  void closesATableLeftOpenAtThePageTop() {
    Page page = new Page(0, 0, 595, 842, 0, 1, null, null, List.<TextElement>of(), openTable(false));
    PageRulings rulings = new PageRulings(page);
    assertEquals(9,
        SpreadsheetExtractionAlgorithm.findCells(rulings.horizontal(), rulings.vertical()).size());
  }

  @Test
  void closedTableAndTwoLooseLinesGetNoExtraRuling() {
    List<Ruling> r = new ArrayList<>(thinRowTable());
    // two vertical strokes ending in the open (a frame's sides, a mark): no table edge
    r.add(new Ruling(300f, 100f, 0f, 50f));
    r.add(new Ruling(300f, 200f, 0f, 50f));
    Page page = new Page(0, 0, 595, 842, 0, 1, null, null, List.<TextElement>of(), r);
    assertEquals(3, new PageRulings(page).horizontal().size());
  }
}
