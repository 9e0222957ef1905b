package org.nianbao.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character-level similarity of two labels in 0..1, tolerant of OCR slips (a wrong or missing
 * character), labels cut short by a narrow column (`本年新` for `本年新制作数量`), and stray
 * spacing. Inputs are normalised with {@link LabelNormalizer} first.
 */
final class LabelMatcher {
  private LabelMatcher() {}

  static double similarity(String a, String b) {
    String x = LabelNormalizer.normalize(a);
    String y = LabelNormalizer.normalize(b);
    return similarityNormalized(x, y);
  }

  /** Best similarity of the text to any of the labels. */
  static double best(String text, List<String> labels) {
    String x = LabelNormalizer.normalize(text);
    double best = 0;
    for (String l : labels) {
      best = Math.max(best, similarityNormalized(x, LabelNormalizer.normalize(l)));
    }
    return best;
  }

  static double similarityNormalized(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    double s = Math.max(dice(x, y), 1.0 - (double) levenshtein(x, y) / Math.max(x.length(), y.length()));
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    // a label truncated by a narrow cell keeps its start; credit it by how much survived
    if (shorter.length() >= 2 && longer.startsWith(shorter)) {
      s = Math.max(s, 0.55 + 0.4 * shorter.length() / longer.length());
    }
    return s;
  }

  /** Sørensen–Dice over character bigrams (single characters for one-character strings). */
  static double dice(String x, String y) {
    Map<String, Integer> a = grams(x);
    Map<String, Integer> b = grams(y);
    int total = 0;
    int common = 0;
    for (int v : a.values()) {
      total += v;
    }
    for (int v : b.values()) {
      total += v;
    }
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return total == 0 ? 0 : 2.0 * common / total;
  }

  private static Map<String, Integer> grams(String s) {
    Map<String, Integer> m = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    if (cps.length == 1) {
      m.put(new String(cps, 0, 1), 1);
      return m;
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      m.merge(new String(cps, i, 2), 1, Integer::sum);
    }
    return m;
  }

  static int levenshtein(String x, String y) {
    return org.nianbao.internal.EditDistance.levenshtein(x, y);
  }
}
