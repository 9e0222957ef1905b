package org.nianbao.narrative;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The Kangxi radical section of a CJK character. The CJK Unified Ideographs block (U+4E00–U+9FA5)
 * is ordered by radical, and each of the 214 Kangxi radical symbols (U+2F00–U+2FD5) normalises
 * (NFKC) to the ideograph that opens its section; a character's radical is the last section
 * start at or before it. No table to ship: the JDK's normaliser holds the mapping.
 */
final class Radicals {
  private static final int[] STARTS = starts();

  private Radicals() {}

  /** Whether two characters sit in the same radical section (涅 and 湟: 水). */
  static boolean same(char a, char b) {
    int ra = of(a);
    return ra >= 0 && ra == of(b);
  }

  /** The section's first code point, or -1 outside the ordered block. */
  static int of(char c) {
    if (c < 0x4E00 || c > 0x9FA5) {
      return -1;
    }
    int i = Arrays.binarySearch(STARTS, c);
    return i >= 0 ? STARTS[i] : STARTS[-i - 2];
  }

  private static int[] starts() {
    return java.util.stream.IntStream.rangeClosed(0x2F00, 0x2FD5)
        .map(cp -> Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
            .codePointAt(0))
        .filter(cp -> cp >= 0x4E00 && cp <= 0x9FA5)
        .sorted()
        .distinct()
        .toArray();
  }
}
