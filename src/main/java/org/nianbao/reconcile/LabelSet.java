package org.nianbao.reconcile;

import java.util.List;

/**
 * A template entry (row, column, field or group): its canonical key, the labels it may be
 * printed with (canonical first, then variants), and the label of its parent group, if any.
 */
record LabelSet(String key, List<String> labels, String parent) {
  LabelSet {
    labels = List.copyOf(labels);
  }

  double score(String text) {
    return LabelMatcher.best(text, labels);
  }
}
