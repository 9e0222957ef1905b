package org.nianbao.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Template;

/**
 * Table 二 as one template prints it: items in order, each with its fields in order.
 *
 * @param markers header labels only this template prints, used to tell templates apart
 * @param signature labels that identify a table as table 二 at all
 * @param headerLabels the label of a block's header row (信息内容)
 * @param fields field key → labels
 * @param moneyFields fields read as money in 万元
 */
record ActiveDisclosureForm(
    Template template, List<String> markers, List<String> signature, List<String> headerLabels,
    Map<String, LabelSet> fields, Set<String> moneyFields, List<Item> items) {

  record Item(LabelSet label, List<String> fields) {
    String key() {
      return label.key();
    }
  }
}
