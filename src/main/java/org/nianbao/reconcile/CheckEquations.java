package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;

/**
 * The rules of {@link ChecksEvaluator} as equations over value paths, for the corrector to
 * search. A derived value (the (六) row summed from its sub-rows) is replaced by the cells it was
 * summed from, so an equation only ever names cells that were read.
 */
final class CheckEquations {
  private CheckEquations() {}

  static List<Equation> of(Data data, Map<String, Provenance> provenance, ApplicationsForm apps,
      ReviewsForm reviews) {
    List<Equation> out = new ArrayList<>();
    Map<String, Map<String, Number>> a = data.applications();
    if (!a.isEmpty()) {
      Expander x = new Expander(apps, provenance);
      List<String> cols = apps.columnKeys();
      String total = cols.get(cols.size() - 1);
      for (String row : a.keySet()) {
        Map<String, Integer> t = new LinkedHashMap<>();
        x.add(t, row, total, 1);
        cols.subList(0, cols.size() - 1).forEach(c -> x.add(t, row, c, -1));
        out.add(new Equation(ChecksEvaluator.ROW_TOTAL, row, t));
      }
      List<String> resultRows = ChecksEvaluator.resultRows(a, apps);
      for (String col : cols) {
        Map<String, Integer> t = new LinkedHashMap<>();
        x.add(t, "resultsTotal", col, 1);
        resultRows.forEach(r -> x.add(t, r, col, -1));
        out.add(new Equation(ChecksEvaluator.RESULTS, col, t));
      }
      for (String col : cols) {
        Map<String, Integer> t = new LinkedHashMap<>();
        x.add(t, "resultsTotal", col, 1);
        x.add(t, "carriedForward", col, 1);
        x.add(t, "newReceived", col, -1);
        x.add(t, "carriedOver", col, -1);
        out.add(new Equation(ChecksEvaluator.BALANCE, col, t));
      }
    }
    String totalField = reviews.totalField();
    for (String group : data.reviewsAndLawsuits().keySet()) {
      Map<String, Integer> t = new LinkedHashMap<>();
      t.put(ReviewsReader.GROUP + "." + group + "." + totalField, 1);
      reviews.fields().stream().map(LabelSet::key).filter(k -> !k.equals(totalField))
          .forEach(k -> t.merge(ReviewsReader.GROUP + "." + group + "." + k, -1, Integer::sum));
      out.add(new Equation(ChecksEvaluator.REVIEWS_TOTAL, group, t));
    }
    return out;
  }

  /** Adds applications.row.col to an equation, expanded into its sources when derived. */
  private record Expander(ApplicationsForm form, Map<String, Provenance> provenance) {
    void add(Map<String, Integer> terms, String row, String col, int coefficient) {
      String path = ApplicationsReader.GROUP + "." + row + "." + col;
      Provenance p = provenance.get(path);
      List<String> sources = derivedFrom(row);
      if (p != null && p.source() == ValueSource.DERIVED && !sources.isEmpty()) {
        sources.forEach(s -> add(terms, s, col, coefficient));
      } else {
        terms.merge(path, coefficient, Integer::sum);
      }
    }

    private List<String> derivedFrom(String row) {
      return form.rows().stream().filter(r -> r.key().equals(row)).findFirst()
          .map(ApplicationsForm.Row::derivedFrom).orElse(List.of());
    }
  }
}
