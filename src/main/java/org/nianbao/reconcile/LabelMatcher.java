package org.nianbao.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
  /**
   * Scores by pair of profile ids, one table per thread: a shared map with boxed pair keys cost
   * more than most scores it saved. Direct-mapped, a colliding pair overwrites the older.
   */
  private static final ThreadLocal<ScoreCache> SCORES = ThreadLocal.withInitial(ScoreCache::new);
  private static final AtomicInteger IDS = new AtomicInteger();

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

  static double similarity(Profile x, Profile y) {
    if (x == y || x.text.isEmpty() || y.text.isEmpty()) {
      return score(x, y); // no edit distance to keep
    }
    return SCORES.get().score(x, y);
  }

  /**
   * Whether x and y may score {@code min} or more, from their lengths alone: false only when
   * {@link #similarity} is surely below it. Their edit distance is at least the difference of
   * their lengths and they share at most as many bigrams as the shorter has, so a cell much
   * longer or shorter than a label cannot match it closely; a search for matches above a
   * threshold skips the exact score of such pairs (most pairs of a table's cells and a
   * template's labels), with the same result.
   */
  static boolean mayReach(Profile x, Profile y, double min) {
    int lx = x.text.length();
    int ly = y.text.length();
    if (lx == 0 || ly == 0 || lx == ly) {
      return true; // equal lengths bound nothing; empty ones are scored at once
    }
    int longest = Math.max(lx, ly);
    double bound = 1.0 - (double) Math.abs(x.codePoints.length - y.codePoints.length) / longest;
    int ga = x.grams.length;
    int gb = y.grams.length;
    if (ga + gb > 0) {
      bound = Math.max(bound, 2.0 * Math.min(ga, gb) / (ga + gb));
    }
    Profile shorter = lx < ly ? x : y;
    Profile longer = shorter == x ? y : x;
    if (shorter.text.length() >= 2 && longer.text.startsWith(shorter.text)) {
      bound = Math.max(bound, 0.55 + 0.4 * shorter.text.length() / longer.text.length());
    }
    return bound >= min - 1e-9;
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
  static Profile profile(String normalized) {
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
  static final class Profile {
    /** Unique while the program runs (ids are not reused), so a pair of ids names a pair. */
    final int id = IDS.getAndIncrement();
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

  /** Scores of recently compared profile pairs, keyed by both ids in one long. */
  private static final class ScoreCache {
    private static final int BITS = 14;
    private static final int SIZE = 1 << BITS;
    private final long[] keys = new long[SIZE];
    private final double[] scores = new double[SIZE];

    ScoreCache() {
      Arrays.fill(keys, -1L); // no pair has this key: ids are not negative
    }

    double score(Profile x, Profile y) {
      long key = ((long) x.id << 32) | (y.id & 0xffffffffL);
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
      if (keys[slot] != key) {
        scores[slot] = LabelMatcher.score(x, y);
        keys[slot] = key;
      }
      return scores[slot];
    }
  }

  /** Marks a one-character gram, which must not equal any bigram (code points fit 21 bits). */
  private static final long SINGLE = 1L << 62;
}
