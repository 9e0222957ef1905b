package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.junit.jupiter.api.Test;

/** A minus sign OCR read as a wave dash, in a signed (本年增/减) column and elsewhere. */
class WaveMinusTest {
  private static JoinedTable ocrRow(String text) {
    Cell c = Cell.of(0, 0, text).withText(text, 0.95);
    return JoinedTable.of(new Table("t1", List.of(2), "image", 1, 1, List.of(c)));
  }

  @Test
  void aWaveDashBeforeAFigureOfASignedColumnIsADoubtfulMinus() {
    Findings out = new Findings("activeDisclosure");
    CellValueReader.read(ocrRow("~13"), 0, 0, false, "licensing", "change", out);
    assertEquals(-13L, out.values().get("licensing").get("change"));
    assertTrue(out.provenance().get("activeDisclosure.licensing.change").confidence()
        < CellValueReader.LOW_CONFIDENCE);
  }

  @Test
  void elsewhereItStaysUnreadable() {
    Findings out = new Findings("activeDisclosure");
    CellValueReader.read(ocrRow("~13"), 0, 0, false, "licensing", "decisions", out);
    assertNull(out.values().get("licensing").get("decisions"));
  }

  @Test
  void fromTheTextLayerItStaysUnreadable() {
    Findings out = new Findings("activeDisclosure");
    Table t = new Table("t1", List.of(2), "lattice", 1, 1, List.of(Cell.of(0, 0, "~13")));
    CellValueReader.read(JoinedTable.of(t), 0, 0, false, "licensing", "change", out);
    assertNull(out.values().get("licensing").get("change"));
  }
}
