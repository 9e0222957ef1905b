package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;

/**
 * The checks of a report as equations, from the rules its template files define (tables 三 and
 * 四, in that order, each rule in file order): one list that {@link ChecksEvaluator} turns into
 * the emitted {@code checks}, the {@link ChecksumCorrector} searches and {@link OrderPlacements}
 * names suspects by.
 */
final class CheckEquations {
  private CheckEquations() {}

  /** The equations on the values as printed: the ones the emitted checks evaluate. */
  static List<Equation> of(Data data, ApplicationsForm apps, ReviewsForm reviews) {
    List<Equation> out = new ArrayList<>();
    for (CheckRule r : apps.checks()) {
      r.equations(data.applications(), apps.columnKeys(), apps.derivedFrom(), out);
    }
    for (CheckRule r : reviews.checks()) {
      r.equations(data.reviewsAndLawsuits(), reviews.fieldKeys(), Map.of(), out);
    }
    return out;
  }

  /**
   * The same equations with each derived value (the (六) row summed from its sub-rows) replaced
   * by the cells it was summed from, so an equation only ever names cells that were read: the
   * form the corrector searches.
   */
  static List<Equation> of(Data data, Map<String, Provenance> provenance, ApplicationsForm apps,
      ReviewsForm reviews) {
    Map<String, List<String>> derivedFrom = apps.derivedFrom();
    return of(data, apps, reviews).stream().map(e -> e.expand(path -> {
      Provenance p = provenance.get(path);
      String[] part = path.split("\\.");
      if (p == null || p.source() != ValueSource.DERIVED
          || !part[0].equals(ApplicationsReader.GROUP)) {
        return List.of();
      }
      return derivedFrom.getOrDefault(part[1], List.of()).stream()
          .map(row -> part[0] + "." + row + "." + part[2]).toList();
    })).toList();
  }
}
