package org.nianbao.narrative;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.load.TextLine;

/**
 * The report title at the top: the first line containing 年度报告/工作报告/情况报告 among the
 * lines before the first section heading, joined with the line above when that line is a first
 * half of the title (same size, adjacent, and the year is in it rather than in the keyword line).
 * Internal spaces are removed. Organisation = the title text before the year.
 */
final class TitleBlock {
  private static final Pattern KEYWORD = Pattern.compile("年度报告|工作报告|情况报告|年报");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[二][〇○零][一二三四五六七八九〇○零]{2})\\s*年");
  private static final int MAX_TITLE_LINE = 60;

  record Title(String text, String organization, Integer year, String lineAbove) {}

  Title find(List<TextLine> head) {
    double body = medianSize(head);
    for (int i = 0; i < head.size(); i++) {
      String t = compact(head.get(i).text());
      boolean prominent = head.get(i).fontSize() > body + 0.5 || head.get(i).bold() || i < 3;
      if (!KEYWORD.matcher(t).find() || t.length() > MAX_TITLE_LINE || !prominent
          || t.matches(".*[《〈].*")) {
        continue;
      }
      String title = t;
      String above = i > 0 ? compact(head.get(i - 1).text()) : null;
      Matcher y = YEAR.matcher(t);
      boolean yearHere = y.find();
      boolean upperHalf = !yearHere && YEAR.matcher(above == null ? "" : above).find();
      boolean orgAbove = yearHere && y.start() == 0;
      if (i > 0 && continues(head.get(i - 1), head.get(i)) && (upperHalf || orgAbove)) {
        title = above + t;
        above = i > 1 ? compact(head.get(i - 2).text()) : null;
      }
      return new Title(title, organization(title), year(title), above);
    }
    return null;
  }

  private static double medianSize(List<TextLine> lines) {
    if (lines.isEmpty()) {
      return 0;
    }
    double[] sizes = lines.stream().mapToDouble(TextLine::fontSize).sorted().toArray();
    return sizes[sizes.length / 2];
  }

  private static boolean continues(TextLine upper, TextLine lower) {
    double gap = lower.bbox().top() - upper.bbox().bottom();
    return upper.page() == lower.page()
        && Math.abs(upper.fontSize() - lower.fontSize()) <= 1
        && gap < 2.0 * Math.max(upper.fontSize(), lower.fontSize());
  }

  static String compact(String s) {
    return s.replaceAll("\\s+", "");
  }

  static Integer year(String title) {
    Matcher m = YEAR.matcher(title);
    return m.find() ? ChineseDate.digits(m.group(1)) : null;
  }

  static String organization(String title) {
    Matcher m = YEAR.matcher(title);
    if (!m.find()) {
      return null;
    }
    String org = title.substring(0, m.start()).replaceAll("[《（(].*$", "").strip();
    return org.isEmpty() ? null : org;
  }
}
