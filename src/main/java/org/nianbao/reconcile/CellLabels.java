package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * The normalised text of each cell of one table, profiled once: a table is searched for every
 * signature and marker label of every template, and normalising its cells per label was most of
 * that search.
 */
final class CellLabels {
  private final List<LabelMatcher.Profile> cells;

  private CellLabels(List<LabelMatcher.Profile> cells) {
    this.cells = cells;
  }

  static CellLabels of(Table t) {
    List<LabelMatcher.Profile> cells = new ArrayList<>(t.cells().size());
    for (Cell c : t.cells()) {
      cells.add(LabelMatcher.profile(LabelNormalizer.normalize(c.text())));
    }
    return new CellLabels(cells);
  }

  /** Profiles of printed labels, normalised. */
  static List<LabelMatcher.Profile> profiles(List<String> labels) {
    List<LabelMatcher.Profile> out = new ArrayList<>(labels.size());
    for (String l : labels) {
      out.add(LabelMatcher.profile(LabelNormalizer.normalize(l)));
    }
    return out;
  }

  /**
   * How many of the labels some cell shows: contains it (when it is at least
   * {@code minContained} long) or matches it with similarity at least {@code minScore}.
   */
  int shown(List<LabelMatcher.Profile> labels, int minContained, double minScore) {
    int n = 0;
    for (LabelMatcher.Profile want : labels) {
      for (LabelMatcher.Profile have : cells) {
        if ((want.text.length() >= minContained && have.text.contains(want.text))
            || (LabelMatcher.mayReach(have, want, minScore)
                && LabelMatcher.similarity(have, want) >= minScore)) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
