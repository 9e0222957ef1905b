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

  record Signature(LocalDate date, String organization, int firstLine) {}

  Signature find(List<TextLine> lines) {
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - TAIL; i--) {
      LocalDate d = ChineseDate.parseWhole(lines.get(i).text());
      if (d != null || DATE_SHAPE.matcher(TitleBlock.compact(lines.get(i).text())).matches()) {
        String org = null;
        int first = i;
        if (i > 0) {
          String above = TitleBlock.compact(lines.get(i - 1).text());
          if (!above.isEmpty() && above.length() <= MAX_ORG && !above.matches(".*[。，；：].*")) {
            org = above;
            first = i - 1;
          }
        }
        return new Signature(d, org, first);
      }
    }
    return null;
  }
}
