package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Warning;

/**
 * Evaluates the template's arithmetic rules ({@link CheckEquations}) on the final values. Every
 * equation that can be evaluated is emitted, passed or not; one that needs a null value is
 * skipped with a CHECK_SKIPPED warning. Values are never changed here.
 */
final class ChecksEvaluator {
  private ChecksEvaluator() {}

  static List<Check> evaluate(Data data, ApplicationsForm apps, ReviewsForm reviews,
      List<Warning> warnings) {
    return evaluate(CheckEquations.of(data, apps, reviews), data::get, warnings);
  }

  static List<Check> evaluate(List<Equation> equations, Function<String, Number> value,
      List<Warning> warnings) {
    List<Check> out = new ArrayList<>();
    for (Equation e : equations) {
      Check c = e.evaluate(value);
      if (c == null) {
        warnings.add(new Warning("CHECK_SKIPPED", null,
            e.name() + ": skipped, a value it needs is missing or unreadable"));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
