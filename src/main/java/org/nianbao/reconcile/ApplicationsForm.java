package org.nianbao.reconcile;

import java.util.List;

/**
 * Table 三 (the same in GB2019 and GB2021): applicant columns and result rows in printed order.
 *
 * @param rows in template order; (六)'s three sub-rows come before the one-row form
 */
record ApplicationsForm(List<String> signature, List<LabelSet> columns, List<Row> rows) {

  /**
   * @param result counted in (七) 总计
   * @param optional emitted only when printed (the (六) sub-rows)
   * @param derivedFrom rows whose sum stands in for this row when it is not printed itself
   */
  record Row(LabelSet label, boolean result, boolean optional, List<String> derivedFrom) {
    String key() {
      return label.key();
    }
  }

  List<String> columnKeys() {
    return columns.stream().map(LabelSet::key).toList();
  }
}
