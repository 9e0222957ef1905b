package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

/** {@link GridFinder#stacks}: lone horizontal rules stacked into table areas (150 dpi). */
class GridFinderStacksTest {
  static final double PPI = 150;

  static {
    OpenCv.load();
  }

  private static Rect rule(int x, int y, int width) {
    return new Rect(x, y, width, 3);
  }

  /** The areas of the stacks of three or more. */
  private static List<Rect> tables(List<Rect> rules) {
    return GridFinder.stacks(rules, PPI).stream().filter(s -> s.size() >= 3)
        .map(GridFinder::union).toList();
  }

  @Test
  void rowsOfOneTableStackUnderItsTopRule() {
    // a full top rule, a partial rule (under a header spanning rows), two full rules
    List<Rect> rules = List.of(rule(100, 100, 900), rule(400, 140, 600), rule(100, 180, 900),
        rule(100, 230, 900));
    assertEquals(List.of(new Rect(100, 100, 900, 133)), tables(rules));
  }

  @Test
  void twoRulesAreNoTableAndAFarRuleStartsAnotherStack() {
    List<Rect> rules = List.of(rule(100, 100, 900), rule(100, 150, 900),
        rule(100, 600, 900), rule(100, 650, 900), rule(100, 700, 900));
    assertEquals(List.of(new Rect(100, 600, 900, 103)), tables(rules));
  }

  @Test
  void aWiderRuleBeginsTheNextTable() {
    // a narrow table, a heading, then a table reaching further right
    List<Rect> rules = List.of(rule(100, 100, 600), rule(100, 140, 600), rule(100, 180, 600),
        rule(100, 260, 1000), rule(100, 300, 1000), rule(100, 340, 1000));
    assertEquals(List.of(new Rect(100, 100, 600, 83), new Rect(100, 260, 1000, 83)),
        tables(rules));
  }

  @Test
  void rulesSideBySideDoNotStack() {
    List<Rect> rules = List.of(rule(100, 100, 300), rule(700, 120, 300), rule(100, 140, 300));
    assertEquals(List.of(), tables(rules));
  }
  @Test
  void aTallHeaderRowUnderAGroupsRuleStaysInItsTable() {
    // top rule, the rules under 申请人情况 and 法人或其他组织 (partial), then leaf heads printed
    // vertically, six glyphs (1.4 in), down to the first row's rule and the rows under it
    List<Rect> rules = List.of(rule(100, 100, 900), rule(500, 140, 500), rule(560, 180, 380),
        rule(100, 390, 900), rule(100, 440, 900), rule(100, 490, 900));
    assertEquals(List.of(new Rect(100, 100, 900, 393)), tables(rules));
  }

  @Test
  void theSameGapUnderAFullRuleEndsTheStack() {
    // no group's rule above the gap: the rules below are another table's
    List<Rect> rules = List.of(rule(100, 100, 900), rule(100, 140, 900), rule(100, 180, 900),
        rule(100, 390, 900), rule(100, 440, 900), rule(100, 490, 900));
    assertEquals(List.of(new Rect(100, 100, 900, 83), new Rect(100, 390, 900, 103)),
        tables(rules));
  }

  @Test
  void aGapTallerThanAnyHeaderRowEndsTheStackEvenUnderAGroupsRule() {
    List<Rect> rules = List.of(rule(100, 100, 900), rule(100, 140, 900), rule(500, 180, 500),
        rule(100, 500, 900), rule(100, 550, 900), rule(100, 600, 900));
    assertEquals(List.of(new Rect(100, 500, 900, 103)), tables(rules));
  }
}
