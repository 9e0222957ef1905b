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

  /**
   * Marks a recorded figure as doubtful: its confidence drops below the review threshold (kept
   * lower if it was already) and a LOW_CONFIDENCE warning says why. The value stays as read.
   */
  void doubt(String item, String field, String why) {
    String path = path(item, field);
    Provenance p = provenance.get(path);
    Number v = values.getOrDefault(item, Map.of()).get(field);
    if (p == null || v == null) {
      return;
    }
    double c = Math.min(p.confidence() == null ? 1.0 : p.confidence(), DOUBTFUL_CONFIDENCE);
    provenance.put(path, new Provenance(p.table(), p.row(), p.column(), p.page(), p.source(),
        p.raw(), c));
    warn("LOW_CONFIDENCE", p.page(), path, path + ": " + why);
  }

  /** Confidence of a figure read right but placed by a guess (below the 0.9 review level). */
  static final double DOUBTFUL_CONFIDENCE = 0.85;

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
