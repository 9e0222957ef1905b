package org.nianbao.reconcile;

import java.text.Normalizer;

/**
 * Reduces a printed label to the characters that carry meaning: NFKC (full-width digits and
 * brackets to ASCII), then letters and digits only. Whitespace, line breaks, brackets, quotes
 * and punctuation vary between reports and extractors, so they are dropped.
 */
final class LabelNormalizer {
  /** Cell texts are normalised once per template label they are compared with: keep them. */
  private static final int CACHE_LIMIT = 50_000;
  private static final java.util.Map<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LabelNormalizer() {}

  static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String cached = CACHE.get(text);
    if (cached == null) {
      cached = compute(text);
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(text, cached);
    }
    return cached;
  }

  private static String compute(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** True when the text has at least one CJK ideograph, i.e. it is a label, not a figure. */
  static boolean hasIdeograph(String text) {
    return text != null
        && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
