package org.nianbao.internal;

/** Levenshtein distance over code points (labels and names are CJK; no surrogate splitting). */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The full edit-distance table of two sequences of lengths n and m, for callers that trace an
   * alignment back through it: d[i][j] is the distance of the first i items to the first j;
   * {@code mismatch.applyAsInt(i, j)} is 0 when item i of the first (0-based) equals item j of
   * the second, else 1.
   */
  public static int[][] table(int n, int m, java.util.function.IntBinaryOperator mismatch) {
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int sub = d[i - 1][j - 1] + mismatch.applyAsInt(i - 1, j - 1);
        d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
      }
    }
    return d;
  }

  public static int levenshtein(String x, String y) {
    return levenshtein(x.codePoints().toArray(), y.codePoints().toArray());
  }

  /** Levenshtein distance of two code-point sequences. */
  public static int levenshtein(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
}
