package org.nianbao.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One check (rule on one scope) as a linear equation over value paths: the sum of
 * {@code coefficient × value} is zero. The printed total side has +1, the parts −1.
 */
record Equation(String rule, String scope, Map<String, Integer> terms) {

  Equation {
    Map<String, Integer> t = new LinkedHashMap<>();
    terms.forEach((p, k) -> {
      if (k != 0) {
        t.put(p, k);
      }
    });
    terms = Collections.unmodifiableMap(t);
  }

  /** totals − parts; null when a term has no value. */
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

  String name() {
    return rule + " [" + scope + "]";
  }
}
