package org.nianbao.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 (the same in GB2019 and GB2021): applicant columns and result rows in printed order.
 *
 * @param rows in template order; (六)'s three sub-rows come before the one-row form
 * @param checks the table's arithmetic rules, in the order their checks are emitted
 */
record ApplicationsForm(List<String> signature, List<LabelSet> columns, List<Row> rows,
    List<CheckRule> checks) {

  /**
   * @param optional emitted only when printed (the (六) sub-rows)
   * @param derivedFrom rows whose sum stands in for this row when it is not printed itself
   */
  record Row(LabelSet label, boolean optional, List<String> derivedFrom) {
    String key() {
      return label.key();
    }
  }

  List<String> columnKeys() {
    return columns.stream().map(LabelSet::key).toList();
  }

  /** Row → the rows it is summed from, for the rows that have them. */
  Map<String, List<String>> derivedFrom() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    rows.stream().filter(r -> !r.derivedFrom().isEmpty())
        .forEach(r -> out.put(r.key(), r.derivedFrom()));
    return out;
  }
}
