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
  /**
   * OCR variants of a heading: the 、 read as a comma or a quote ("一“总体情况"), or the numeral
   * lost ("、收到和处理…"). Accepted only when the text starts like one of the headings the
   * report formats prescribe, so "一是…" and body lines never qualify.
   */
  private static final Pattern OCR_HEADING =
      Pattern.compile("(?U)^\\s*([一二三四五六七八九十]?)\\s*[、.．,，“”\"'‘’]\\s*(.*)$");
  private static final List<String> STANDARD = List.of(
      "总体情况", "主动公开政府信息", "收到和处理政府信息公开申请", "政府信息公开行政复议",
      "存在的主要问题", "其他需要报告的事项");
  /** A whole line that is one of the prescribed headings behind at most two stray marks. */
  private static final Pattern BARE_HEADING = Pattern.compile(
      "^[\\p{Punct}、，。“”‘’·]{0,2}(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况"
          + "|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)$");
  private static final int MAX_TITLE = 40;

  /** Index of the first heading line ("一、…"), or lines.size() when there is none. */
  int firstHeading(List<TextLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = heading(lines.get(i).text());
      if (m != null && m.group(1).equals("一")) {
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
      Matcher m = heading(l.text());
      int n = m == null ? 0 : m.group(1).isEmpty() ? expected : NUMERALS.indexOf(m.group(1)) + 1;
      // a lost numeral stands for the expected one, which past 十 has no numeral to print
      if (n > 0 && n <= NUMERALS.length() && (n == expected || n == expected + 1)) {
        if (number != null) {
          out.add(new Section(number, title, text.toString().strip(), List.copyOf(pages)));
        }
        number = String.valueOf(NUMERALS.charAt(n - 1));
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

  /** The heading match (numeral in group 1, possibly empty; title in group 2), or null. */
  private static Matcher heading(String text) {
    Matcher m = HEADING.matcher(text);
    if (m.matches()) {
      return m;
    }
    Matcher bare = BARE_HEADING.matcher(TitleBlock.compact(text));
    if (bare.matches()) {
      Matcher numberless = Pattern.compile("^()(.*)$").matcher(bare.group(1));
      return numberless.matches() ? numberless : null;
    }
    m = OCR_HEADING.matcher(text);
    if (m.matches() && (!m.group(1).isEmpty() || TitleBlock.trim(text).startsWith("、"))) {
      String rest = TitleBlock.compact(m.group(2));
      for (String s : STANDARD) {
        if (rest.startsWith(s.substring(0, Math.min(s.length(), 6)))) {
          return m;
        }
      }
    }
    return null;
  }

  private static boolean endsParagraph(TextLine prev, double right) {
    return prev.bbox().right() < right - 2.0 * Math.max(prev.fontSize(), 8);
  }
}
