package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;
import org.nianbao.model.WarningCode;

/**
 * The reconciler's arithmetic checks as a public entry, for values changed after extraction (a
 * reviewer's corrections): derived values are summed again from their parts, then every rule
 * is evaluated again exactly as {@link TemplateReconciler} does.
 */
public final class ReportChecks {
  private final TemplateCatalog catalog;

  public ReportChecks(TemplateCatalog catalog) {
    this.catalog = catalog;
  }

  public static ReportChecks fromClasspath() {
    return new ReportChecks(TemplateCatalog.fromClasspath());
  }

  /**
   * @param data the values with derived ones summed again
   * @param provenance the provenance (derived values stay derived, their confidence that of
   *     their parts now)
   * @param checks every rule evaluated on them
   * @param skipped a {@code CHECK_SKIPPED} warning per rule that needs a null value
   */
  public record Result(Data data, Map<String, Provenance> provenance, List<Check> checks,
      List<Warning> skipped) {}

  /** Re-derives values whose provenance is {@code derived}, then evaluates the checks. */
  public Result reevaluate(Data data, Map<String, Provenance> provenance) {
    Findings apps = new Findings(ApplicationsReader.GROUP);
    data.applications().forEach((row, fields) -> fields.forEach((col, v) ->
        apps.put(row, col, v, provenance.get(apps.path(row, col)))));
    ApplicationsReader.rederive(apps, catalog.applications());
    // only values that were derived take the new sums: a reviewed total stays as set
    Map<String, Map<String, Number>> values = new LinkedHashMap<>();
    Map<String, Provenance> newProvenance = new LinkedHashMap<>(provenance);
    data.applications().forEach((row, fields) -> {
      Map<String, Number> out = new LinkedHashMap<>();
      fields.forEach((col, v) -> {
        String path = apps.path(row, col);
        Provenance p = provenance.get(path);
        boolean derived = p != null && p.source() == ValueSource.DERIVED;
        out.put(col, derived ? apps.values().get(row).get(col) : v);
        if (derived) {
          // its confidence follows its parts as they are now
          newProvenance.put(path, apps.provenance().get(path));
        }
      });
      values.put(row, out);
    });
    Data rederived = new Data(data.activeDisclosure(), values, data.reviewsAndLawsuits());
    List<Warning> skipped = new ArrayList<>();
    List<Check> checks =
        ChecksEvaluator.evaluate(rederived, catalog.applications(), catalog.reviews(), skipped);
    return new Result(rederived, newProvenance, checks, skipped);
  }

  /**
   * The figure paths one check (rule and scope, as in {@link Check}) adds up, the printed total
   * first; a derived value is given as the cells it was summed from. Empty for an unknown rule
   * or scope.
   */
  public List<String> figures(Data data, Map<String, Provenance> provenance, String rule,
      String scope) {
    for (Equation e : CheckEquations.of(data, provenance, catalog.applications(),
        catalog.reviews())) {
      if (e.rule().equals(rule) && e.scope().equals(scope)) {
        return List.copyOf(e.terms().keySet());
      }
    }
    return List.of();
  }

  /** One check's identity, as in {@link Check}: its rule and the row, column or group. */
  public record RuleScope(String rule, String scope) {}

  /**
   * The checks whose sums include the figure at {@code path} (group.item.field), by the
   * template's rules: a row summed from others counts where its parts do. Empty for a figure no
   * rule adds up (table 二) or a malformed path.
   */
  public List<RuleScope> covering(String path) {
    String[] p = path.split("\\.");
    if (p.length != 3) {
      return List.of();
    }
    boolean apps = p[0].equals(ApplicationsReader.GROUP);
    List<CheckRule> rules = apps ? catalog.applications().checks()
        : p[0].equals(ReviewsReader.GROUP) ? catalog.reviews().checks() : List.of();
    Map<String, List<String>> derivedFrom =
        apps ? catalog.applications().derivedFrom() : Map.of();
    List<RuleScope> out = new ArrayList<>();
    for (CheckRule r : rules) {
      if (r.each() == CheckRule.Each.ROW && r.keys().contains(p[2])) {
        out.add(new RuleScope(r.id(), p[1]));
      } else if (r.each() == CheckRule.Each.COLUMN && r.keys().stream().anyMatch(k ->
          k.equals(p[1]) || derivedFrom.getOrDefault(k, List.of()).contains(p[1]))) {
        out.add(new RuleScope(r.id(), p[2]));
      }
    }
    return out;
  }

  /** Whether a warning is one that {@link #reevaluate} produces afresh (replace, not keep). */
  public static boolean isCheckWarning(Warning w) {
    return w.warningCode() == WarningCode.CHECK_SKIPPED;
  }
}
