package org.nianbao.reconcile;

import java.text.Normalizer;

/**
 * Reduces a printed label to the characters that carry meaning: NFKC (full-width digits and
 * brackets to ASCII), then letters and digits only. Whitespace, line breaks, brackets, quotes
 * and punctuation vary between reports and extractors, so they are dropped.
 */
final class LabelNormalizer {
  private LabelNormalizer() {}

  static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
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
