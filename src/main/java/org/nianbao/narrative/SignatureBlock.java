package org.nianbao.narrative;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.load.TextLine;

/**
 * The signature block at the end: a line that is only a date, among the last few lines, and the
 * organisation line just above it. Dates inside body text are never taken.
 */
final class SignatureBlock {
  private static final int TAIL = 4;
  private static final int MAX_ORG = 40;

  record Signature(LocalDate date, String organization, int firstLine) {}

  Signature find(List<TextLine> lines) {
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - TAIL; i--) {
      LocalDate d = ChineseDate.parseWhole(lines.get(i).text());
      if (d != null) {
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
