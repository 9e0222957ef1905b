package org.nianbao.reconcile;

import java.util.List;

/**
 * Table 四: groups (行政复议, 未经复议直接起诉, 复议后起诉) times fields (结果维持 … 总计).
 *
 * @param groupParents header labels above groups that carry no key (行政诉讼)
 * @param totalField the field checked against the sum of the others
 */
record ReviewsForm(
    List<String> signature, List<LabelSet> groups, List<String> groupParents,
    List<LabelSet> fields, String totalField) {

  int figureCount() {
    return groups.size() * fields.size();
  }
}
