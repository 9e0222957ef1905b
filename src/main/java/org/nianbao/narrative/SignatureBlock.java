package org.nianbao.narrative;

import org.nianbao.internal.ChineseDate;
import java.time.LocalDate;
import java.util.List;
import org.nianbao.load.TextLine;

/**
 * The signature block at the end: a line that is only a date, among the last few lines, and the
 * organisation line just above it. Dates inside body text are never taken. A line shaped like a
 * date (four characters, 年, one to three, 月, one to four) that OCR misread beyond parsing
 * ("王包三三年二月站四目") still marks the block: its name line is kept, its date is null.
 */
final class SignatureBlock {
  private static final int TAIL = 4;
  private static final int MAX_ORG = 40;
  private static final java.util.regex.Pattern DATE_SHAPE =
      java.util.regex.Pattern.compile("^[^。，；：,;、]{4}年[^。，；：,;、]{1,3}月[^。，；：,;、]{1,4}$");

  /**
   * The block: its date (null when its line could not be read), organisation line, first line,
   * and the date line as read when it is printed but its date could not be read (else null).
   */
  record Signature(LocalDate date, String organization, int firstLine, String unreadDate) {}

  Signature find(List<TextLine> lines) {
    return find(lines, java.util.Set.of());
  }

  /**
   * @param ocrPages pages read by OCR: there a date mixing Arabic and Chinese numerals
   *     (2021年二月20日) is a misreading, and is dropped rather than taken
   */
  Signature find(List<TextLine> lines, java.util.Set<Integer> ocrPages) {
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - TAIL; i--) {
      String text = TitleBlock.compact(lines.get(i).text());
      LocalDate d = ChineseDate.parseWhole(text);
      boolean misread = d != null && ocrPages.contains(lines.get(i).page())
          && !ChineseDate.oneNumeralSystem(text);
      if (misread) {
        d = null;
      }
      if (d != null || misread || DATE_SHAPE.matcher(text).matches()) {
        String org = null;
        int first = i;
        if (i > 0) {
          String above = TitleBlock.compact(lines.get(i - 1).text());
          if (!above.isEmpty() && above.length() <= MAX_ORG && !above.matches(".*[。，；：].*")) {
            org = above;
            first = i - 1;
          }
        }
        return new Signature(d, org, first, d == null ? text : null);
      }
    }
    return null;
  }
}
