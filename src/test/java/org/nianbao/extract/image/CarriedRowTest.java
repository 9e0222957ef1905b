package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's last row alone between two rules at the top of a page (table 二's fee row). */
class CarriedRowTest {
  private static final double EM = 20;
  /** 行政事业性收费: CJK glyphs, full height. */
  private static final AlignedColumns.Run LABEL = new AlignedColumns.Run(10, 150, 20, 20);
  /** 806.4764: digits, 0.75 em high. */
  private static final AlignedColumns.Run FIGURE = new AlignedColumns.Run(400, 470, 15, 15);

  @Test
  void aLabelAndOneFigureIsACarriedRow() {
    assertTrue(AlignedColumns.carriedRow(List.of(LABEL, FIGURE), EM));
  }

  @Test
  void aLineOfTextOrOfFiguresIsNot() {
    AlignedColumns.Run words = new AlignedColumns.Run(200, 300, 20, 20);
    assertFalse(AlignedColumns.carriedRow(List.of(LABEL, words), EM), "a heading's two words");
    assertFalse(AlignedColumns.carriedRow(List.of(FIGURE, FIGURE), EM));
    assertFalse(AlignedColumns.carriedRow(List.of(LABEL, FIGURE, FIGURE), EM),
        "two figures: a row of a table whose other rows were not found");
    assertFalse(AlignedColumns.carriedRow(List.of(LABEL), EM));
  }
}
