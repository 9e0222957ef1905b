package org.nianbao.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.Check;

/**
 * One check (a {@link CheckRule} on one scope) as a linear equation over value paths: the sum
 * of {@code coefficient × value} is zero. The right (printed total) side has +1, the left (the
 * parts) −1. The same equations produce the emitted checks and drive the checksum corrector.
 */
record Equation(CheckRule check, String scope, Map<String, Integer> terms) {

  Equation {
    Map<String, Integer> t = new LinkedHashMap<>();
    terms.forEach((p, k) -> {
      if (k != 0) {
        t.put(p, k);
      }
    });
    terms = Collections.unmodifiableMap(t);
  }

  /** The rule id of the emitted check. */
  String rule() {
    return check.id();
  }

  /** right − left; null when a term has no value. */
  Long residual(Function<String, Number> value) {
    long sum = 0;
    for (Map.Entry<String, Integer> t : terms.entrySet()) {
      Number v = value.apply(t.getKey());
      if (v == null) {
        return null;
      }
      sum += t.getValue() * v.longValue();
    }
    return sum;
  }

  /**
   * The emitted check: {@code expected} the left sum, {@code actual} the right sum. Null when a
   * term has no value (the check is skipped).
   */
  Check evaluate(Function<String, Number> value) {
    long expected = 0;
    long actual = 0;
    for (Map.Entry<String, Integer> t : terms.entrySet()) {
      Number v = value.apply(t.getKey());
      if (v == null) {
        return null;
      }
      long k = t.getValue();
      if (k > 0) {
        actual += k * v.longValue();
      } else {
        expected -= k * v.longValue();
      }
    }
    return new Check(rule(), scope, expected == actual, expected, actual,
        check.message(scope, expected, actual));
  }

  /** The value of {@code path} that makes the equation hold with every other term as given. */
  Long solveFor(String path, Function<String, Number> value) {
    Integer k = terms.get(path);
    if (k == null) {
      return null;
    }
    Long rest = residual(p -> p.equals(path) ? (Number) 0L : value.apply(p));
    if (rest == null || rest % k != 0) {
      return null;
    }
    return -rest / k;
  }

  /**
   * The same equation with each path that {@code sources} names parts for (a derived value)
   * replaced by those parts, recursively: it then names only cells that were read.
   */
  Equation expand(Function<String, List<String>> sources) {
    Map<String, Integer> t = new LinkedHashMap<>();
    terms.forEach((p, k) -> expandInto(t, p, k, sources));
    return new Equation(check, scope, t);
  }

  private static void expandInto(Map<String, Integer> out, String path, int k,
      Function<String, List<String>> sources) {
    List<String> parts = sources.apply(path);
    if (parts.isEmpty()) {
      out.merge(path, k, Integer::sum);
    } else {
      parts.forEach(p -> expandInto(out, p, k, sources));
    }
  }

  String name() {
    return rule() + " [" + scope + "]";
  }
}
