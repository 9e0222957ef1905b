package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/** Column boundaries of a table piece, carried to its continuation on the next page. */
class ColumnHintTest {
  private static Cell cell(int row, int column, int span, double left, double right) {
    return new Cell(row, column, 1, span, "x", 3, new BBox(left, 100 + 20 * row, right,
        120 + 20 * row), 1.0);
  }

  @Test
  void boundariesAreFractionsOfTheTableWidthAndMapOntoAnotherScan() {
    // a label spanning two columns in one row, each column starting a cell in another
    Table t = new Table("p3t2", List.of(3), "image", 2, 3, List.of(
        cell(0, 0, 2, 100, 300), cell(0, 2, 1, 300, 500),
        cell(1, 0, 1, 100, 200), cell(1, 1, 1, 200, 300), cell(1, 2, 1, 300, 500)));
    ColumnHint h = ColumnHint.of(t);
    assertArrayEquals(new double[] {0, 0.25, 0.5, 1}, h.fractions(), 1e-9);
    assertTrue(h.fits(400 * 1.03));
    assertFalse(h.fits(560), "a landscape page's table is another table");
    // the same table scanned at another offset and scale
    assertArrayEquals(new int[] {50, 250, 450, 850}, h.on(50, 800));
  }

  @Test
  void aColumnNoCellStartsInGivesNoBoundaries() {
    Table t = new Table("p3t2", List.of(3), "image", 1, 3, List.of(
        cell(0, 0, 2, 100, 300), cell(0, 2, 1, 300, 500)));
    assertNull(ColumnHint.of(t));
  }
}
