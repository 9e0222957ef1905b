package org.nianbao.reconcile;

import java.util.List;

/**
 * Table 四: groups (行政复议, 未经复议直接起诉, 复议后起诉) times fields (结果维持 … 总计).
 *
 * @param groupParents header labels above groups that carry no key (行政诉讼)
 * @param checks the table's arithmetic rules, in the order their checks are emitted
 */
record ReviewsForm(
    List<String> signature, List<LabelSet> groups, List<String> groupParents,
    List<LabelSet> fields, List<CheckRule> checks) {

  int figureCount() {
    return groups.size() * fields.size();
  }

  List<String> fieldKeys() {
    return fields.stream().map(LabelSet::key).toList();
  }
}
