package org.nianbao.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.Template;
import org.nianbao.model.Warning;

/**
 * What the reconciler made of a report's tables.
 *
 * @param provenance one entry per value read from (or derived from) cells, keyed by dotted path
 * @param roles template role of each table id that was used (a split table has two ids)
 */
public record Reconciliation(
    Template template, Data data, Map<String, Provenance> provenance, List<Check> checks,
    List<Warning> warnings, Map<String, TableRole> roles) {

  public Reconciliation {
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    checks = List.copyOf(checks);
    warnings = List.copyOf(warnings);
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** Warnings with the given code, handy for callers and tests. */
  public List<Warning> warnings(String code) {
    return warnings.stream().filter(w -> w.code().equals(code)).toList();
  }
}
