package org.nianbao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.load.TextLine;
import org.nianbao.model.Section;

/**
 * Splits running text at top-level headings 一、 … 十、 at line start, accepted only in ascending
 * order (a later heading may skip at most one number). Sub-headings like （一） stay in the text.
 * Lines are joined without separators; a new paragraph (line break) starts where the previous
 * line ended short of the right margin.
 */
final class SectionSplitter {
  static final String NUMERALS = "一二三四五六七八九十";
  private static final Pattern HEADING = Pattern.compile("(?U)^\\s*([一二三四五六七八九十])\\s*[、.．]\\s*(.*)$");
  private static final int MAX_TITLE = 40;

  /** Index of the first heading line ("一、…"), or lines.size() when there is none. */
  int firstHeading(List<TextLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = HEADING.matcher(lines.get(i).text());
      if (m.matches() && m.group(1).equals("一")) {
        return i;
      }
    }
    return lines.size();
  }

  List<Section> split(List<TextLine> lines, int endExclusive) {
    double right = lines.stream().mapToDouble(l -> l.bbox().right()).max().orElse(0);
    List<Section> out = new ArrayList<>();
    int expected = 1;
    String number = null;
    String title = null;
    StringBuilder text = new StringBuilder();
    TreeSet<Integer> pages = new TreeSet<>();
    TextLine prev = null;
    for (int i = firstHeading(lines); i < endExclusive; i++) {
      TextLine l = lines.get(i);
      Matcher m = HEADING.matcher(l.text());
      int n = m.matches() ? NUMERALS.indexOf(m.group(1)) + 1 : 0;
      if (n > 0 && (n == expected || n == expected + 1)) {
        if (number != null) {
          out.add(new Section(number, title, text.toString().strip(), List.copyOf(pages)));
        }
        number = m.group(1);
        String rest = TitleBlock.trim(m.group(2));
        title = rest.length() <= MAX_TITLE ? TitleBlock.compact(rest) : rest.substring(0, MAX_TITLE);
        text.setLength(0);
        pages.clear();
        pages.add(l.page());
        expected = n + 1;
        prev = null;
        continue;
      }
      if (number == null) {
        continue;
      }
      if (prev != null && endsParagraph(prev, right)) {
        text.append('\n');
      }
      text.append(TitleBlock.trim(l.text()));
      pages.add(l.page());
      prev = l;
    }
    if (number != null) {
      out.add(new Section(number, title, text.toString().strip(), List.copyOf(pages)));
    }
    return out;
  }

  private static boolean endsParagraph(TextLine prev, double right) {
    return prev.bbox().right() < right - 2.0 * Math.max(prev.fontSize(), 8);
  }
}
