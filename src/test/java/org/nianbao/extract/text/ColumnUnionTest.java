package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ColumnUnionTest {
  @Test
  void headerWithMergedLabelColumnsGetsTheContinuationsBoundaries() {
    double[] header = {74, 260, 283, 318, 528};
    double[] body = {74, 125, 166, 260, 287, 322, 528};
    ColumnUnion u = ColumnUnion.of(header, body);
    assertEquals(6, u.columnCount());
    assertEquals(0, u.upper(0));
    assertEquals(3, u.upper(1)); // 260 lies after the two label boundaries 125 and 166
    assertEquals(4, u.upper(2)); // 283 ~ 287
    assertEquals(5, u.upper(3)); // 318 ~ 322
    assertEquals(6, u.upper(4));
    assertEquals(1, u.lower(1));
    assertEquals(2, u.lower(2));
  }

  @Test
  void sameBoundariesShiftedByAFewPointsMatchOneToOne() {
    ColumnUnion u = ColumnUnion.of(new double[] {74, 110, 146, 181}, new double[] {74, 116, 150, 181});
    assertEquals(3, u.columnCount());
    assertEquals(1, u.lower(1));
    assertEquals(2, u.lower(2));
  }

  @Test
  void rejectsPiecesThatAreNotOneASubsetOfTheOther() {
    assertNull(ColumnUnion.of(new double[] {50, 120, 300, 400}, new double[] {50, 200, 300, 400}));
    assertNull(ColumnUnion.of(new double[] {50, 200, 300}, new double[] {80, 200, 300}));
  }

  @Test
  void toleranceShrinksWithNarrowColumns() {
    // with columns 6-10 pt wide, boundaries 4 pt apart are different boundaries
    assertNull(ColumnUnion.of(new double[] {0, 10, 20, 30}, new double[] {0, 6, 20, 30}));
  }

  @Test
  void textAlignedPiecesJoinOnTheirOuterEdgesWhateverTheirInnerBoundaries() {
    // a continuation whose one figure per row, centred under three value columns, put its only
    // inner boundary in the middle of them
    double[] upper = {74, 210, 310, 415, 527};
    double[] lower = {74, 360, 527};
    assertNull(ColumnUnion.of(upper, lower));
    ColumnUnion u = ColumnUnion.ofOuterEdges(upper, lower);
    assertEquals(5, u.columnCount()); // 74 | 210 | 310 | 360 | 415 | 527
    assertEquals(0, u.lower(0));
    assertEquals(3, u.lower(1));
    assertEquals(5, u.lower(2));
    assertEquals(1, u.upper(1));
    assertEquals(4, u.upper(3));
    assertEquals(5, u.upper(4));
    assertNull(ColumnUnion.ofOuterEdges(upper, new double[] {120, 205, 527}));
  }
}
