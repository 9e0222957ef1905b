package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.Table;
import org.nianbao.model.Template;
import org.nianbao.model.Warning;

/** The default {@link Reconciler}: template definitions from {@link TemplateCatalog}. */
public final class TemplateReconciler implements Reconciler {
  private final TemplateCatalog catalog;

  public TemplateReconciler(TemplateCatalog catalog) {
    this.catalog = catalog;
  }

  /** With the shipped definitions and the local files of {@code dir} (null: none). */
  public static TemplateReconciler forTemplates(java.nio.file.Path dir) {
    return new TemplateReconciler(TemplateCatalog.load(dir));
  }

  /** With the template definitions shipped in the jar. */
  public static TemplateReconciler fromClasspath() {
    return new TemplateReconciler(TemplateCatalog.fromClasspath());
  }

  @Override
  public Reconciliation reconcile(List<Table> tables) {
    return reconcile(tables, CellAlternatives.NONE);
  }

  @Override
  public Reconciliation reconcile(List<Table> tables, CellAlternatives alternatives) {
    TableClassifier.Classification found = TableClassifier.classify(tables, catalog);
    JoinedTable active = found.tables().get(TableRole.ACTIVE_DISCLOSURE);
    JoinedTable apps = found.tables().get(TableRole.APPLICATIONS);
    JoinedTable reviews = found.tables().get(TableRole.REVIEWS_AND_LAWSUITS);

    Findings appsFound;
    boolean subRows = false;
    if (apps != null) {
      ApplicationsReader.Result r = ApplicationsReader.read(apps, catalog.applications());
      appsFound = r.findings();
      subRows = r.otherSubRowsPrinted();
    } else {
      appsFound = missingTable(ApplicationsReader.GROUP, "三 (收到和处理政府信息公开申请情况)");
    }
    Findings reviewsFound = reviews != null
        ? ReviewsReader.read(reviews, catalog.reviews())
        : missingTable(ReviewsReader.GROUP, "四 (政府信息公开行政复议、行政诉讼情况)");

    List<Warning> correctionWarnings = correctByChecks(appsFound, reviewsFound,
        alternatives == null ? CellAlternatives.NONE : alternatives);

    Template template = Template.UNKNOWN;
    if (active != null) {
      template = TemplateDetector.fromActiveDisclosure(active.grid(), catalog.activeDisclosureForms());
    }
    if (template == Template.UNKNOWN) {
      template = TemplateDetector.fromApplications(subRows);
    }
    Findings activeFound = active != null
        ? ActiveDisclosureReader.read(active, activeForm(template, active))
        : missingTable(ActiveDisclosureReader.GROUP, "二 (主动公开政府信息情况)");

    Data data = new Data(activeFound.values(), appsFound.values(), reviewsFound.values());
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    List<Warning> warnings = new ArrayList<>();
    for (Findings f : List.of(activeFound, appsFound, reviewsFound)) {
      provenance.putAll(f.provenance());
      warnings.addAll(f.warnings());
    }
    warnings.addAll(correctionWarnings);
    List<Check> checks =
        ChecksEvaluator.evaluate(data, catalog.applications(), catalog.reviews(), warnings);
    warnings.addAll(OrderPlacements.flag(List.of(activeFound, appsFound), data, provenance,
        CheckEquations.of(data, provenance, catalog.applications(), catalog.reviews())));
    return new Reconciliation(template, data, provenance, checks, warnings, found.roles());
  }

  /**
   * Checksum-guided reading: replaces OCR figures of tables 三 and 四 that the checks prove
   * misread (or that were unreadable) when exactly one consistent value remains, then
   * re-derives values summed from them. Text-layer and confident OCR values never change, so
   * for text-layer tables this is a no-op. Returns the corrector's warnings.
   */
  private List<Warning> correctByChecks(Findings apps, Findings reviews,
      CellAlternatives alternatives) {
    Data read = new Data(Map.of(), apps.values(), reviews.values());
    Map<String, Provenance> provenance = new LinkedHashMap<>(apps.provenance());
    provenance.putAll(reviews.provenance());
    Map<String, Number> values = new LinkedHashMap<>();
    for (Findings f : List.of(apps, reviews)) {
      f.values().forEach((item, fields) ->
          fields.forEach((field, v) -> values.put(f.path(item, field), v)));
    }
    List<Equation> equations =
        CheckEquations.of(read, provenance, catalog.applications(), catalog.reviews());
    ChecksumCorrector.Result result =
        ChecksumCorrector.correct(values, provenance, equations, alternatives);
    for (ChecksumCorrector.Correction c : result.corrections()) {
      String[] p = c.path().split("\\.");
      Findings f = p[0].equals(apps.group()) ? apps : reviews;
      f.put(p[1], p[2], c.value(), c.provenance());
    }
    if (!result.corrections().isEmpty()) {
      ApplicationsReader.rederive(apps, catalog.applications());
    }
    return result.warnings();
  }

  /** The form of a known template; for an unknown one, the form whose items the rows fit best. */
  private ActiveDisclosureForm activeForm(Template template, JoinedTable active) {
    if (template != Template.UNKNOWN) {
      return catalog.activeDisclosure(template);
    }
    ActiveDisclosureForm best = null;
    int bestCount = -1;
    for (ActiveDisclosureForm f : catalog.activeDisclosureForms()) {
      int n = ActiveDisclosureReader.matchedItems(active, f);
      if (n > bestCount) {
        best = f;
        bestCount = n;
      }
    }
    return best;
  }

  private static Findings missingTable(String group, String name) {
    Findings f = new Findings(group);
    f.warn("MISSING_TABLE", null, "table " + name + " not found; " + group + " left empty");
    return f;
  }
}
