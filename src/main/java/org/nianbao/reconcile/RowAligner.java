package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Aligns printed rows (or header cells) with a template's ordered entries by dynamic
 * programming, so that order decides between look-alike labels (`1. 属于国家秘密` and `1. 本机关不掌握…`
 * share their numbering) instead of independent best matches. A template entry may take up to
 * {@code maxSpan} consecutive printed rows, for labels that broke over two grid rows.
 */
final class RowAligner {

  /** Printed rows {@code start .. start+length-1} matched to one template entry. */
  record Span(int start, int length) {}

  @FunctionalInterface
  interface Scorer {
    /** Similarity 0..1 of printed rows start..start+length-1 to template entry t. */
    double score(int start, int length, int t);
  }

  private RowAligner() {}

  /**
   * @return template entry index → matched span, for entries matched with at least minScore
   */
  static Map<Integer, Span> align(int rows, int entries, int maxSpan, double minScore, Scorer scorer) {
    double[][] best = new double[rows + 1][entries + 1];
    int[][] move = new int[rows + 1][entries + 1]; // 0 skip row, -1 skip entry, k>0 match k rows
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= entries; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double b = Double.NEGATIVE_INFINITY;
        int m = 0;
        if (i > 0 && best[i - 1][j] > b) {
          b = best[i - 1][j];
          m = 0;
        }
        if (j > 0 && best[i][j - 1] > b) {
          b = best[i][j - 1];
          m = -1;
        }
        for (int k = 1; k <= maxSpan && j > 0 && i - k >= 0; k++) {
          double s = scorer.score(i - k, k, j - 1);
          if (s < minScore) {
            continue;
          }
          // a tiny cost per extra row keeps single-row matches on ties
          double v = best[i - k][j - 1] + s - 0.02 * (k - 1);
          if (v > b + 1e-9) {
            b = v;
            m = k;
          }
        }
        best[i][j] = b;
        move[i][j] = m;
      }
    }
    Map<Integer, Span> out = new LinkedHashMap<>();
    int i = rows;
    int j = entries;
    while (i > 0 || j > 0) {
      int m = move[i][j];
      if (m == 0) {
        i--;
      } else if (m == -1) {
        j--;
      } else {
        out.put(j - 1, new Span(i - m, m));
        i -= m;
        j--;
      }
    }
    return out;
  }

  /**
   * Rows whose label could not be read, placed by the template's fixed order: between two
   * matched rows (or a matched row and the table's start or end), when the printed rows left
   * over equal the template entries left over in number, they pair up in order. Any other count
   * (a lost row, an extra note line) places nothing there, so no figure moves into another row.
   *
   * @param matched template entry → span, from {@link #align}
   * @param rows printed rows
   * @param candidate whether an unmatched printed row can be a template row (it holds a label or
   *     figures and no words in the figure columns)
   * @param eligible whether an unmatched template entry can be printed as its own row
   * @return template entry → single-row span, for the entries placed by order only
   */
  static Map<Integer, Span> placeByOrder(Map<Integer, Span> matched, int rows, int entries,
      IntPredicate candidate, IntPredicate eligible) {
    TreeMap<Integer, Span> anchors = new TreeMap<>(matched);
    anchors.put(entries, new Span(rows, 0));
    Map<Integer, Span> out = new LinkedHashMap<>();
    int prevEntry = -1;
    int prevEnd = 0;
    for (Map.Entry<Integer, Span> a : anchors.entrySet()) {
      int t = a.getKey();
      Span s = a.getValue();
      List<Integer> freeRows = new ArrayList<>();
      for (int r = prevEnd; r < s.start(); r++) {
        if (candidate.test(r)) {
          freeRows.add(r);
        }
      }
      List<Integer> freeEntries = new ArrayList<>();
      for (int e = prevEntry + 1; e < t; e++) {
        if (eligible.test(e)) {
          freeEntries.add(e);
        }
      }
      if (!freeRows.isEmpty() && freeRows.size() == freeEntries.size()) {
        for (int i = 0; i < freeRows.size(); i++) {
          out.put(freeEntries.get(i), new Span(freeRows.get(i), 1));
        }
      }
      prevEntry = t;
      prevEnd = Math.max(prevEnd, s.start() + s.length());
    }
    return out;
  }
}
