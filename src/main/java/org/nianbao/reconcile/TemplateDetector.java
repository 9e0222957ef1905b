package org.nianbao.reconcile;

import java.util.List;
import org.nianbao.model.Table;
import org.nianbao.model.Template;

/**
 * Decides the report's template from what is printed, not from the year: table 二's headers
 * first (each form has header labels the other lacks), else table 三's (六) printed as three
 * sub-rows (only the GB2021 form does that; one row is common in both).
 */
final class TemplateDetector {
  private static final double MARKER_MIN_SCORE = 0.8;

  private TemplateDetector() {}

  static Template fromActiveDisclosure(Table t, List<ActiveDisclosureForm> forms) {
    Template best = Template.UNKNOWN;
    int bestCount = 0;
    boolean tie = false;
    CellLabels cells = CellLabels.of(t);
    for (ActiveDisclosureForm f : forms) {
      // a marker contained in a cell counts at any length
      int n = cells.shown(CellLabels.profiles(f.markers()), 0, MARKER_MIN_SCORE);
      if (n > bestCount) {
        best = f.template();
        bestCount = n;
        tie = false;
      } else if (n == bestCount && n > 0) {
        tie = true;
      }
    }
    return tie ? Template.UNKNOWN : best;
  }

  static Template fromApplications(boolean otherSubRowsPrinted) {
    return otherSubRowsPrinted ? Template.GB2021 : Template.UNKNOWN;
  }
}
