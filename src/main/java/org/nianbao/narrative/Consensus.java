package org.nianbao.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovers a name that OCR misread in some of its copies: the approximate occurrences of the name
 * in the running text are aligned character by character and each position takes the reading of
 * the weighted majority. Where there is no majority the reference copy (the one closest to all
 * others) is kept: nothing is made up, every character comes from some copy.
 */
final class Consensus {
  /** One reading of the name: where it is in the joined text and how much it is trusted. */
  record Copy(String text, int start, int distance, double weight) {}

  private Consensus() {}

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    return org.nianbao.internal.EditDistance.levenshtein(a, b);
  }

  /**
   * The substrings of text within maxDistance edits of probe, best first, not overlapping
   * (semi-global alignment: a match may start and end anywhere in text).
   */
  static List<int[]> find(String probe, String text, int maxDistance) {
    int n = probe.length();
    int m = text.length();
    // cost[i][j]: best cost of probe[0..i) against a substring of text ending at j; start kept along
    int[] cost = new int[n + 1];
    int[] start = new int[n + 1];
    int[][] endCost = new int[m + 1][];
    int[] prevCost = new int[n + 1];
    int[] prevStart = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      prevCost[i] = i;
      prevStart[i] = 0;
    }
    endCost[0] = new int[] {prevCost[n], prevStart[n]};
    for (int j = 1; j <= m; j++) {
      cost[0] = 0;
      start[0] = j;
      char c = text.charAt(j - 1);
      for (int i = 1; i <= n; i++) {
        int best = prevCost[i - 1] + (probe.charAt(i - 1) == c ? 0 : 1);
        int s = prevStart[i - 1];
        if (cost[i - 1] + 1 < best) {
          best = cost[i - 1] + 1;
          s = start[i - 1];
        }
        if (prevCost[i] + 1 < best) {
          best = prevCost[i] + 1;
          s = prevStart[i];
        }
        cost[i] = best;
        start[i] = s;
      }
      endCost[j] = new int[] {cost[n], start[n]};
      int[] t = prevCost;
      prevCost = cost;
      cost = t;
      t = prevStart;
      prevStart = start;
      start = t;
    }
    List<int[]> all = new ArrayList<>(); // {start, end, distance}
    for (int j = 1; j <= m; j++) {
      int d = endCost[j][0];
      if (d <= maxDistance && endCost[j][1] < j) {
        all.add(new int[] {endCost[j][1], j, d});
      }
    }
    all.sort(Comparator.<int[]>comparingInt(a -> a[2]).thenComparingInt(a -> a[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] a : all) {
      if (out.stream().noneMatch(b -> a[0] < b[1] && b[0] < a[1])) {
        out.add(a);
      }
    }
    return out;
  }

  /** Fewest copies, and fewest different readings of one character, that make it unsettled. */
  private static final int UNSETTLED_COPIES = 4;
  private static final int UNSETTLED_READINGS = 3;

  /**
   * The readings of a character of the reference the copies cannot settle, joined with '/', or
   * null: at least four copies, no reading held by half of them, and three or more different
   * readings (赣 in 赣州市 read 刘, 六, 闽, 闵, 闹, 闲 and 蒜 in nine copies). A character misread
   * now and then has a majority; one the engine cannot read comes out as something else each
   * time, and the copy kept for it would be a guess.
   */
  static String unsettled(List<Copy> copies) {
    if (copies.size() < UNSETTLED_COPIES) {
      return null;
    }
    Tally t = tally(reference(copies).text(), copies);
    for (Map<String, Double> tally : t.at()) {
      long readings = tally.keySet().stream().filter(k -> !k.isEmpty()).count();
      double best = tally.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (readings >= UNSETTLED_READINGS && best <= t.total() / 2 + 1e-9) {
        return String.join("/", new java.util.TreeSet<>(tally.keySet()));
      }
    }
    return null;
  }

  /** The copy with the least weighted distance to all others (the heavier one on a tie). */
  private static Copy reference(List<Copy> copies) {
    Copy ref = copies.get(0);
    double bestScore = Double.MAX_VALUE;
    for (Copy c : copies) {
      double score = 0;
      for (Copy o : copies) {
        score += o.weight() * distance(c.text(), o.text());
      }
      if (score < bestScore - 1e-9 || (Math.abs(score - bestScore) < 1e-9 && c.weight() > ref.weight())) {
        bestScore = score;
        ref = c;
      }
    }
    return ref;
  }

  /**
   * The weighted per-position majority of the copies, aligned to the copy with the least
   * weighted distance to all others.
   */
  static String vote(List<Copy> copies) {
    if (copies.isEmpty()) {
      return null;
    }
    String r = reference(copies).text();
    int n = r.length();
    Tally t = tally(r, copies);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      sb.append(majority(t.before().get(i), t.total(), ""));
      if (i < n) {
        sb.append(majority(t.at().get(i), t.total(), String.valueOf(r.charAt(i))));
      }
    }
    return sb.toString();
  }

  /**
   * The copies aligned to the reference {@code r}, weighed per position: {@code at} what stands
   * for each of its characters, {@code before} what is inserted before position i (i = n: at the
   * end), {@code total} the copies' whole weight.
   */
  private record Tally(List<Map<String, Double>> at, List<Map<String, Double>> before,
      double total) {}

  private static Tally tally(String r, List<Copy> copies) {
    int n = r.length();
    List<Map<String, Double>> at = new ArrayList<>();
    List<Map<String, Double>> before = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      if (i < n) {
        at.add(new HashMap<>());
      }
      before.add(new HashMap<>());
    }
    double total = 0;
    for (Copy c : copies) {
      String[][] a = align(r, c.text());
      for (int i = 0; i < n; i++) {
        at.get(i).merge(a[0][i], c.weight(), Double::sum);
      }
      for (int i = 0; i <= n; i++) {
        before.get(i).merge(a[1][i], c.weight(), Double::sum);
      }
      total += c.weight();
    }
    return new Tally(at, before, total);
  }

  private static String majority(Map<String, Double> tally, double total, String fallback) {
    for (Map.Entry<String, Double> e : tally.entrySet()) {
      if (e.getValue() > total / 2 + 1e-9) {
        return e.getKey();
      }
    }
    return fallback;
  }

  /**
   * Global alignment of c to r: [0][i] what c has at r's position i ("" when deleted), [1][i]
   * what c inserts before r's position i.
   */
  private static String[][] align(String r, String c) {
    int n = r.length();
    int m = c.length();
    int[][] d = org.nianbao.internal.EditDistance.table(n, m,
        (i, j) -> r.charAt(i) == c.charAt(j) ? 0 : 1);
    String[] at = new String[n];
    StringBuilder[] ins = new StringBuilder[n + 1];
    for (int i = 0; i <= n; i++) {
      ins[i] = new StringBuilder();
    }
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0
          && d[i][j] == d[i - 1][j - 1] + (r.charAt(i - 1) == c.charAt(j - 1) ? 0 : 1)) {
        at[i - 1] = String.valueOf(c.charAt(j - 1));
        i--;
        j--;
      } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
        at[i - 1] = "";
        i--;
      } else {
        ins[i].insert(0, c.charAt(j - 1));
        j--;
      }
    }
    String[] before = new String[n + 1];
    for (int k = 0; k <= n; k++) {
      before[k] = ins[k].toString();
    }
    return new String[][] {at, before};
  }
}
