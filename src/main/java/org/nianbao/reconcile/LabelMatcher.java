package org.nianbao.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Character-level similarity of two labels in 0..1, tolerant of OCR slips (a wrong or missing
 * character), labels cut short by a narrow column (`本年新` for `本年新制作数量`), and stray
 * spacing. Inputs are normalised with {@link LabelNormalizer} first.
 *
 * <p>Each label's code points and bigrams are computed once and kept ({@link Profile}): the
 * template's labels are compared with every cell of every report, and reports of one template
 * print the same cell labels, so rebuilding them per comparison was most of the cost.
 */
final class LabelMatcher {
  /** Bounds each cache; past it a cache starts over (labels of a batch repeat, junk does not). */
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, Profile> PROFILES = new ConcurrentHashMap<>();
  private static final Map<String, Profile> RAW = new ConcurrentHashMap<>();
  /** Scores by pair of profiles (canonical while their cache lasts, so compared by identity). */
  private static final Map<Pair, Double> SCORES = new ConcurrentHashMap<>();

  private LabelMatcher() {}

  static double similarity(String a, String b) {
    return similarity(raw(a), raw(b));
  }

  /** Best similarity of the text to any of the labels. */
  static double best(String text, List<String> labels) {
    Profile x = raw(text);
    double best = 0;
    for (String l : labels) {
      best = Math.max(best, similarity(x, raw(l)));
    }
    return best;
  }

  static double similarityNormalized(String x, String y) {
    return similarity(profile(x), profile(y));
  }

  private static double similarity(Profile x, Profile y) {
    Pair key = new Pair(x, y);
    Double known = SCORES.get(key);
    if (known == null) {
      known = score(x, y);
      if (SCORES.size() >= CACHE_LIMIT) {
        SCORES.clear();
      }
      SCORES.put(key, known);
    }
    return known;
  }

  private static double score(Profile x, Profile y) {
    if (x.text.isEmpty() || y.text.isEmpty()) {
      return 0;
    }
    if (x.text.equals(y.text)) {
      return 1;
    }
    int longest = Math.max(x.text.length(), y.text.length());
    double s = Math.max(dice(x, y), 1.0 - (double) levenshtein(x, y) / longest);
    Profile shorter = x.text.length() <= y.text.length() ? x : y;
    Profile longer = shorter == x ? y : x;
    // a label truncated by a narrow cell keeps its start; credit it by how much survived
    if (shorter.text.length() >= 2 && longer.text.startsWith(shorter.text)) {
      s = Math.max(s, 0.55 + 0.4 * shorter.text.length() / longer.text.length());
    }
    return s;
  }

  /** Sørensen–Dice over character bigrams (single characters for one-character strings). */
  static double dice(String x, String y) {
    return dice(profile(x), profile(y));
  }

  private static double dice(Profile x, Profile y) {
    long[] a = x.grams;
    long[] b = y.grams;
    int total = a.length + b.length;
    int common = 0;
    // both sorted: the multiset intersection counts each shared gram min(count) times
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return total == 0 ? 0 : 2.0 * common / total;
  }

  static int levenshtein(String x, String y) {
    return org.nianbao.internal.EditDistance.levenshtein(x, y);
  }

  private static int levenshtein(Profile x, Profile y) {
    return org.nianbao.internal.EditDistance.levenshtein(x.codePoints, y.codePoints);
  }

  /** The profile of a printed (not yet normalised) label. */
  private static Profile raw(String text) {
    if (text == null) {
      return profile("");
    }
    Profile p = RAW.get(text);
    if (p == null) {
      p = profile(LabelNormalizer.normalize(text));
      if (RAW.size() >= CACHE_LIMIT) {
        RAW.clear();
      }
      RAW.put(text, p);
    }
    return p;
  }

  /** The profile of a normalised label. */
  private static Profile profile(String normalized) {
    Profile p = PROFILES.get(normalized);
    if (p == null) {
      p = new Profile(normalized);
      if (PROFILES.size() >= CACHE_LIMIT) {
        PROFILES.clear();
      }
      PROFILES.put(normalized, p);
    }
    return p;
  }

  /** A normalised label's code points and sorted bigram keys, computed once. */
  private static final class Profile {
    final String text;
    final int[] codePoints;
    final long[] grams;

    Profile(String text) {
      this.text = text;
      this.codePoints = text.codePoints().toArray();
      int n = codePoints.length;
      if (n == 1) {
        grams = new long[] {SINGLE | codePoints[0]};
      } else {
        grams = new long[Math.max(0, n - 1)];
        for (int i = 0; i + 1 < n; i++) {
          grams[i] = ((long) codePoints[i] << 21) | codePoints[i + 1];
        }
        Arrays.sort(grams);
      }
    }
  }

  /** An ordered pair of profiles, by identity. */
  private record Pair(Profile x, Profile y) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.x == x && p.y == y;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(x) + System.identityHashCode(y);
    }
  }

  /** Marks a one-character gram, which must not equal any bigram (code points fit 21 bits). */
  private static final long SINGLE = 1L << 62;
}
