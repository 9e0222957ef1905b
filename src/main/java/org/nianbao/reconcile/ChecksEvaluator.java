package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Warning;

/**
 * Evaluates the spec's arithmetic rules on the final values. Every rule that can be evaluated
 * is emitted, passed or not; one that needs a null value is skipped with a CHECK_SKIPPED
 * warning. Values are never changed here.
 */
final class ChecksEvaluator {
  static final String ROW_TOTAL = "applications.rowTotal";
  static final String RESULTS = "applications.results";
  static final String BALANCE = "applications.balance";
  static final String REVIEWS_TOTAL = "reviewsAndLawsuits.total";

  private ChecksEvaluator() {}

  static List<Check> evaluate(Data data, ApplicationsForm apps, ReviewsForm reviews,
      List<Warning> warnings) {
    List<Check> out = new ArrayList<>();
    Map<String, Map<String, Number>> a = data.applications();
    if (!a.isEmpty()) {
      rowTotals(a, apps, out, warnings);
      results(a, apps, out, warnings);
      balance(a, apps, out, warnings);
    }
    if (!data.reviewsAndLawsuits().isEmpty()) {
      reviewTotals(data.reviewsAndLawsuits(), reviews, out, warnings);
    }
    return out;
  }

  private static void rowTotals(Map<String, Map<String, Number>> a, ApplicationsForm apps,
      List<Check> out, List<Warning> warnings) {
    List<String> cols = apps.columnKeys();
    String total = cols.get(cols.size() - 1);
    for (Map.Entry<String, Map<String, Number>> row : a.entrySet()) {
      List<Number> parts = cols.subList(0, cols.size() - 1).stream().map(row.getValue()::get).toList();
      Number printed = row.getValue().get(total);
      compare(ROW_TOTAL, row.getKey(), parts, printed, row.getKey() + "." + total, out, warnings);
    }
  }

  private static void results(Map<String, Map<String, Number>> a, ApplicationsForm apps,
      List<Check> out, List<Warning> warnings) {
    List<String> resultRows = resultRows(a, apps);
    for (String col : apps.columnKeys()) {
      List<Number> parts = resultRows.stream().map(r -> a.get(r).get(col)).toList();
      compare(RESULTS, col, parts, value(a, "resultsTotal", col), "resultsTotal." + col, out,
          warnings);
    }
  }

  /** Result rows as printed: the (六) sub-rows when present, else the one (六) row; never both. */
  static List<String> resultRows(Map<String, Map<String, Number>> a, ApplicationsForm apps) {
    List<String> rows = new ArrayList<>();
    for (ApplicationsForm.Row r : apps.rows()) {
      if (!r.result() || !a.containsKey(r.key())) {
        continue;
      }
      boolean partsPrinted = r.derivedFrom().stream().anyMatch(a::containsKey);
      if (!partsPrinted) {
        rows.add(r.key());
      }
    }
    return rows;
  }

  private static void balance(Map<String, Map<String, Number>> a, ApplicationsForm apps,
      List<Check> out, List<Warning> warnings) {
    for (String col : apps.columnKeys()) {
      Number in1 = value(a, "newReceived", col);
      Number in2 = value(a, "carriedOver", col);
      Number out1 = value(a, "resultsTotal", col);
      Number out2 = value(a, "carriedForward", col);
      if (in1 == null || in2 == null || out1 == null || out2 == null) {
        skipped(BALANCE, col, warnings);
        continue;
      }
      long expected = in1.longValue() + in2.longValue();
      long actual = out1.longValue() + out2.longValue();
      out.add(new Check(BALANCE, col, expected == actual, expected, actual,
          col + ": newReceived + carriedOver = " + expected + ", resultsTotal + carriedForward = "
              + actual));
    }
  }

  private static void reviewTotals(Map<String, Map<String, Number>> r, ReviewsForm reviews,
      List<Check> out, List<Warning> warnings) {
    for (Map.Entry<String, Map<String, Number>> g : r.entrySet()) {
      List<Number> parts = reviews.fields().stream().map(LabelSet::key)
          .filter(k -> !k.equals(reviews.totalField())).map(g.getValue()::get).toList();
      compare(REVIEWS_TOTAL, g.getKey(), parts, g.getValue().get(reviews.totalField()),
          g.getKey() + "." + reviews.totalField(), out, warnings);
    }
  }

  private static void compare(String rule, String scope, List<Number> parts, Number printed,
      String printedName, List<Check> out, List<Warning> warnings) {
    if (printed == null || parts.stream().anyMatch(p -> p == null)) {
      skipped(rule, scope, warnings);
      return;
    }
    long sum = parts.stream().mapToLong(Number::longValue).sum();
    long actual = printed.longValue();
    out.add(new Check(rule, scope, sum == actual, sum, actual,
        printedName + " printed " + actual + ", parts sum to " + sum));
  }

  private static Number value(Map<String, Map<String, Number>> a, String row, String col) {
    Map<String, Number> r = a.get(row);
    return r == null ? null : r.get(col);
  }

  private static void skipped(String rule, String scope, List<Warning> warnings) {
    warnings.add(new Warning("CHECK_SKIPPED", null,
        rule + " [" + scope + "]: skipped, a value it needs is missing or unreadable"));
  }
}
