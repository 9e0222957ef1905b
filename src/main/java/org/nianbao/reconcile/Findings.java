package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Provenance;
import org.nianbao.model.Warning;

/** Values, provenance and warnings gathered while reading one template table. */
final class Findings {
  private final String group;
  private final Map<String, Map<String, Number>> values = new LinkedHashMap<>();
  private final Map<String, Provenance> provenance = new LinkedHashMap<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final Map<String, String> placedByOrder = new LinkedHashMap<>();

  Findings(String group) {
    this.group = group;
  }

  String group() {
    return group;
  }

  String path(String item, String field) {
    return group + "." + item + "." + field;
  }

  /** Records a value; the item's field order follows the order of calls. */
  void put(String item, String field, Number value, Provenance p) {
    values.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(field, value);
    if (p != null) {
      provenance.put(path(item, field), p);
    }
  }

  void warn(String code, Integer page, String message) {
    warnings.add(new Warning(code, page, message));
  }

  /** A warning about one figure or row, {@code path} its dotted path. */
  void warn(String code, Integer page, String path, String message) {
    warnings.add(new Warning(code, page, path, message));
  }

  /** Records that the item's row was placed by template order, its label unread ({@code where}: grid row, label). */
  void placedByOrder(String item, String where) {
    placedByOrder.put(item, where);
  }

  /** Item → where its row was found, for rows placed by template order. */
  Map<String, String> placedByOrder() {
    return placedByOrder;
  }

  Map<String, Map<String, Number>> values() {
    return values;
  }

  Map<String, Provenance> provenance() {
    return provenance;
  }

  List<Warning> warnings() {
    return warnings;
  }
}
