package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;

/** A table piece after a page break placed on the columns of the piece before it. */
class TextPlacementTest {
  /** Upper piece columns: label 70..230, then figure columns 230..330..430..530. */
  private static final double[] XS = {70, 230, 330, 430, 530};

  private final Map<Cell, double[]> extents = new HashMap<>();

  private Cell text(int row, int column, int span, String text, double left, double right) {
    Cell c = new Cell(row, column, 1, span, text, 2, new BBox(left - 2, 100 + 20 * row,
        right + 2, 120 + 20 * row), 1.0);
    extents.put(c, new double[] {left, right});
    return c;
  }

  private List<Cell> place(List<Cell> lower, int rows, List<Cell> upper) {
    return TextPlacement.place(lower, rows, extents::get, XS, upper);
  }

  private static String at(List<Cell> cells, int row, int column) {
    for (Cell c : cells) {
      if (c.covers(row, column)) {
        return c.column() + "+" + c.columnSpan() + ":" + c.text();
      }
    }
    return null;
  }

  @Test
  void figuresGoToTheUpperColumnTheirTextLiesIn() {
    // the lower piece saw only two columns (its middle figures printed blank)
    Cell label = text(0, 0, 1, "3.其他", 75, 110);
    Cell fig = text(0, 1, 1, "7", 476, 482);
    List<Cell> upper = List.of(Cell.of(0, 0, "2.重复申请"), Cell.of(0, 1, "1"), Cell.of(0, 2, "2"),
        Cell.of(0, 3, "3"));
    List<Cell> out = place(List.of(label, fig), 1, upper);
    assertEquals("0+1:3.其他", at(out, 0, 0));
    assertEquals("1+1:", at(out, 0, 1));
    assertEquals("2+1:", at(out, 0, 2));
    assertEquals("3+1:7", at(out, 0, 3));
    assertEquals(1.0, out.stream().filter(c -> c.text().equals("7")).findFirst().get()
        .confidence());
  }

  @Test
  void aFigureUnderASpanTakesTheSpanOfTheUpperRowItFits() {
    List<Cell> upper = List.of(Cell.of(0, 0, "行政处罚"), Cell.spanning(0, 1, 1, 2, "2221"),
        Cell.of(0, 3, ""));
    Cell label = text(0, 0, 1, "行政强制", 75, 120);
    Cell fig = text(0, 1, 1, "204", 335, 352);
    List<Cell> out = place(List.of(label, fig), 1, upper);
    assertEquals("1+2:204", at(out, 0, 1));
    assertEquals("3+1:", at(out, 0, 3));
  }

  @Test
  void aFigureOverABoundaryNoUpperFigureSpansIsDoubted() {
    List<Cell> upper = List.of(Cell.of(0, 0, "a"), Cell.of(0, 1, "1"), Cell.of(0, 2, "2"),
        Cell.of(0, 3, "3"));
    Cell label = text(0, 0, 1, "b", 75, 120);
    Cell fig = text(0, 1, 1, "123456", 320, 345);
    List<Cell> out = place(List.of(label, fig), 1, upper);
    Cell placed = out.stream().filter(c -> c.text().equals("123456")).findFirst().get();
    assertEquals(2, placed.columnSpan());
    assertEquals(TextPlacement.STRADDLING_CONFIDENCE, placed.confidence());
  }

  @Test
  void twoTextsInOneColumnDoNotFit() {
    List<Cell> upper = List.of(Cell.of(0, 0, "a"), Cell.of(0, 1, "1"), Cell.of(0, 2, "2"),
        Cell.of(0, 3, "3"));
    List<Cell> lower = new ArrayList<>(List.of(text(0, 0, 1, "b", 75, 120),
        text(0, 1, 1, "4", 250, 260), text(0, 2, 1, "5", 280, 290)));
    assertNull(place(lower, 1, upper));
  }

  @Test
  void aLabelTakesOnlyAnUpperLabelCellStartingInItsColumn() {
    // the nearest upper row has a label spanning the two label columns; the lower label sits
    // in the second: the row is not laid out like that one
    double[] xs = {70, 110, 230, 330, 430};
    List<Cell> upper = List.of(Cell.spanning(0, 0, 1, 2, "(一)予以公开"), Cell.of(0, 2, "5"),
        Cell.of(0, 3, "6"));
    Cell label = text(0, 1, 1, "3.其他", 115, 160);
    Cell fig = text(0, 2, 1, "1", 275, 280);
    List<Cell> out = TextPlacement.place(List.of(label, fig), 1, extents::get, xs, upper);
    assertEquals("1+1:3.其他", at(out, 0, 1));
    assertEquals("0+1:", at(out, 0, 0));
  }

  @Test
  void textWhoseGlyphsAreNotFoundIsNotPlaced() {
    List<Cell> upper = List.of(Cell.of(0, 0, "a"), Cell.of(0, 1, "1"));
    Cell lost = new Cell(0, 1, 1, 1, "9", 2, new BBox(240, 100, 260, 120), 1.0);
    assertNull(place(List.of(text(0, 0, 1, "b", 75, 120), lost), 1, upper));
  }
}
