package org.nianbao.internal;

/** Levenshtein distance over code points (labels and names are CJK; no surrogate splitting). */
public final class EditDistance {
  private EditDistance() {}

  public static int levenshtein(String x, String y) {
    int[] a = x.codePoints().toArray();
    int[] b = y.codePoints().toArray();
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
