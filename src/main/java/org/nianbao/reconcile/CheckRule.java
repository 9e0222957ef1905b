package org.nianbao.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One arithmetic rule of a template table, as its template file defines it (its {@code checks}):
 * the sum of the {@code left} terms equals the sum of the {@code right} terms, once for every
 * row of the report's table or once for every column of the template. A rule written as
 * {@code total} = sum of {@code parts} has the parts on the left and the printed total on the
 * right. The emitted check's {@code expected} is the left sum, {@code actual} the right sum.
 *
 * @param id the rule id of the emitted checks ({@code applications.results})
 * @param group the {@code data} group of the table
 * @param each {@link Each#ROW}: terms name columns; {@link Each#COLUMN}: terms name rows
 * @param total whether {@code right} is one printed total (how the message words it)
 */
record CheckRule(String id, String group, Each each, List<String> left, List<String> right,
    boolean total) {

  /** What one equation of the rule runs over; its key is the check's {@code scope}. */
  enum Each {
    /** every row (in table 四: group) of the report's table, in the report's order */
    ROW,
    /** every column (field) of the template, in the template's order */
    COLUMN
  }

  CheckRule {
    left = List.copyOf(left);
    right = List.copyOf(right);
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalStateException(id + ": a check needs terms on both sides");
    }
    // a term on both sides would cancel out of the equation
    if (List.of(left, right).stream().flatMap(List::stream).distinct().count()
        != left.size() + right.size()) {
      throw new IllegalStateException(id + ": a term is named twice");
    }
  }

  /**
   * Appends the rule's equations on one report table: its values by row and column, the
   * template's columns, and the rows a row is summed from when not printed itself. A rule over
   * columns names rows: such a row stands for those of its parts printed in this report (the
   * (六) sub-rows), so the equation adds up what was printed, never both. A table absent from
   * the report has no equations.
   */
  void equations(Map<String, Map<String, Number>> values, List<String> columns,
      Map<String, List<String>> derivedFrom, List<Equation> out) {
    if (values.isEmpty()) {
      return;
    }
    for (String scope : each == Each.ROW ? List.copyOf(values.keySet()) : columns) {
      Map<String, Integer> terms = new LinkedHashMap<>();
      // printed side first: a figure list names the printed total before its parts
      right.forEach(k -> add(terms, scope, k, 1, values, derivedFrom));
      left.forEach(k -> add(terms, scope, k, -1, values, derivedFrom));
      out.add(new Equation(this, scope, terms));
    }
  }

  private void add(Map<String, Integer> terms, String scope, String key, int coefficient,
      Map<String, Map<String, Number>> values, Map<String, List<String>> derivedFrom) {
    if (each == Each.ROW) {
      terms.merge(path(scope, key), coefficient, Integer::sum);
      return;
    }
    List<String> printedParts = derivedFrom.getOrDefault(key, List.of()).stream()
        .filter(values::containsKey).toList();
    for (String row : printedParts.isEmpty() ? List.of(key) : printedParts) {
      terms.merge(path(row, scope), coefficient, Integer::sum);
    }
  }

  private String path(String row, String column) {
    return group + "." + row + "." + column;
  }

  /** The check's message: the printed total against its parts, or the two sides. */
  String message(String scope, long expected, long actual) {
    if (total) {
      String printed = each == Each.ROW ? scope + "." + right.get(0) : right.get(0) + "." + scope;
      return printed + " printed " + actual + ", parts sum to " + expected;
    }
    return scope + ": " + String.join(" + ", left) + " = " + expected + ", "
        + String.join(" + ", right) + " = " + actual;
  }

  /** Every key the rule names: columns for a rule over rows, rows for one over columns. */
  List<String> keys() {
    return List.of(left, right).stream().flatMap(List::stream).toList();
  }
}
