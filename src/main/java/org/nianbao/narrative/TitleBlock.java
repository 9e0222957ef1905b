package org.nianbao.narrative;

import org.nianbao.internal.ChineseDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.load.TextLine;

/**
 * The report title at the top of the first page.
 *
 * <p>The heading block is the run of heading-like lines at the top of the first page, ending at
 * the first body line. A line is heading-like when it is short, has no sentence punctuation and is
 * either prominent (larger than the body text or bold) or centred in the text column (inset about
 * equally from both margins; an indented first paragraph line is not). Font size alone is not
 * trusted: fonts vary and fake bold carries no font name.
 *
 * <p>Inside the block, consecutive lines of the same size form groups. The title is the group
 * whose joined text contains 报告 (a title wrapped as "…年度报" / "告" is one group). A line of the
 * block above the title, or the first line of the title group when it has no year and the next
 * line brings its own name before the year, is the issuing-body line (organisation on its own
 * line), not part of the title. When no block is found the first keyword line near the top is
 * taken, joined with an adjacent first half.
 *
 * <p>Internal spaces are removed. The organisation a title names is before the year, or between
 * the year and 政府信息公开 ({@link #organization}). 关于…的报告 titles are titles too.
 */
final class TitleBlock {
  private static final Pattern KEYWORD = Pattern.compile("年度报告|工作报告|情况报告|的报告|年报");
  static final Pattern YEAR =
      Pattern.compile("((?:19|20)\\d{2}|[１２][０-９]{3}|[二][〇○零][一二三四五六七八九〇○零]{2})\\s*年");
  private static final Pattern SENTENCE = Pattern.compile(".*[。，；,;《〈].*");
  private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[0-9０-９一二三四五六七八九十]*[:：]?$");
  private static final Pattern PERIOD =
      Pattern.compile("(?:统计期限|统计时限|统计时间|统计区间|统计周期|时间范围|统计范围)[^。]{0,8}?"
          + "((?:19|20)\\d{2}|[二][〇○零][一二三四五六七八九〇○零]{2})年[1一元]月[1一]日");
  private static final Pattern WHITE = Pattern.compile("(?U)\\s+");
  private static final Pattern EDGE_WHITE = Pattern.compile("(?U)^\\s+|\\s+$");
  private static final int MAX_TITLE_LINE = 60;
  private static final int MAX_BLOCK = 6;

  /**
   * A title: its joined text, the organisation its text names (before the year), its year, and
   * the issuing-body line printed on its own above it (or null), and the line the title begins on.
   */
  record Title(String text, String organization, Integer year, String lineAbove, TextLine first,
      boolean repaired) {
    Title(String text, String organization, Integer year, String lineAbove, TextLine first) {
      this(text, organization, year, lineAbove, first, false);
    }
  }

  /** The fixed end of the title form the disclosure regulations prescribe. */
  static final String SUFFIX = "政府信息公开工作年度报告";

  /** Text column and body size of the document, for centring and prominence. */
  record Layout(double left, double right, double bodySize) {
    static Layout of(List<TextLine> lines) {
      if (lines.isEmpty()) {
        return new Layout(0, 0, 0);
      }
      double[] lefts = lines.stream().mapToDouble(l -> l.bbox().left()).sorted().toArray();
      double[] rights = lines.stream().mapToDouble(l -> l.bbox().right()).sorted().toArray();
      double[] sizes = lines.stream().mapToDouble(TextLine::fontSize).sorted().toArray();
      return new Layout(
          lefts[lefts.length / 10], rights[rights.length * 9 / 10], sizes[sizes.length / 2]);
    }

    boolean centred(TextLine l) {
      double em = Math.max(l.fontSize(), 6);
      double inL = l.bbox().left() - left;
      double inR = right - l.bbox().right();
      return inL >= em && inR >= em && Math.abs(inL - inR) <= Math.max(em, 0.1 * (inL + inR) / 2);
    }

    boolean prominent(TextLine l) {
      return l.fontSize() >= bodySize + 1 || l.bold();
    }
  }

  /** The title among the lines before the first section heading, or null. */
  Title find(List<TextLine> head) {
    return find(head, Layout.of(head));
  }

  Title find(List<TextLine> head, Layout layout) {
    return find(head, layout, false);
  }

  /**
   * @param ocr whether the head was read by OCR: there a heading line whose end is the prescribed
   *     suffix damaged by one character is taken as the title with that suffix restored
   */
  Title find(List<TextLine> head, Layout layout, boolean ocr) {
    Title t = fromHeadingBlock(head, layout, ocr);
    return t != null ? t : fromKeywordLine(head, layout);
  }

  private Title fromHeadingBlock(List<TextLine> head, Layout layout, boolean ocr) {
    List<TextLine> block = new ArrayList<>();
    for (TextLine l : head) {
      if (l.page() != head.get(0).page() || block.size() >= MAX_BLOCK) {
        break;
      }
      String t = compact(l.text());
      if (block.isEmpty() && ATTACHMENT.matcher(t).matches()) {
        continue;
      }
      if (!headingLike(l, layout)) {
        break;
      }
      block.add(l);
    }
    // groups of adjacent lines of one size
    List<List<TextLine>> groups = new ArrayList<>();
    for (TextLine l : block) {
      List<TextLine> g = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (g != null && continues(g.get(g.size() - 1), l)) {
        g.add(l);
      } else {
        groups.add(new ArrayList<>(List.of(l)));
      }
    }
    String issuing = null;
    for (int gi = 0; gi < groups.size(); gi++) {
      List<TextLine> g = groups.get(gi);
      List<String> texts = g.stream().map(l -> compact(l.text())).toList();
      if (gi > 0 && String.join("", texts).contains("报告")
          && tail(String.join("", texts), groups.get(gi - 1))) {
        // "…政府信息公开工作年度" over "报告": OCR gave the short last line another height, which
        // split the wrapped title into two groups
        List<TextLine> joined = new ArrayList<>(groups.get(gi - 1));
        joined.addAll(g);
        g = joined;
        texts = g.stream().map(l -> compact(l.text())).toList();
        issuing = null;
      }
      String joined = String.join("", texts);
      boolean repair = ocr && !joined.contains("报告") && withSuffixRestored(joined) != null;
      String wrappedEnd = null;
      if (ocr && !repair && gi + 1 < groups.size()) {
        // "…工作年度" over a short line OCR misread whole (报告 as 及乍): the wrapped end
        String restored = wrappedEndRestored(joined, compactText(groups.get(gi + 1)));
        if (restored != null) {
          wrappedEnd = restored.substring(joined.length());
          repair = true;
        }
      }
      if (!joined.contains("报告") && !repair) {
        issuing = nameLine(texts.get(texts.size() - 1), issuing);
        continue;
      }
      // "XX局" over "XX局2023年…报告": the first line is the issuing body, not the title
      int from = 0;
      while (from + 1 < texts.size()
          && !YEAR.matcher(texts.get(from)).find()
          && !texts.get(from).contains("报告")
          && !startsWithYear(texts.get(from + 1))
          && !texts.get(from + 1).startsWith("关于")
          && YEAR.matcher(texts.get(from + 1)).find()) {
        issuing = nameLine(texts.get(from), issuing);
        from++;
      }
      String title = String.join("", texts.subList(from, texts.size()));
      if (wrappedEnd != null) {
        title += wrappedEnd;
      } else if (repair) {
        title = withSuffixRestored(title);
        if (title == null) {
          return null;
        }
      }
      if (ocr) {
        String cut = withoutTrailingMarks(title);
        repair |= !cut.equals(title);
        title = cut;
      }
      if (title.length() > 2 * MAX_TITLE_LINE) {
        return null;
      }
      return new Title(title, organization(title), year(title), issuing, g.get(from), repair);
    }
    return null;
  }

  /**
   * The title cut at its prescribed ending {@link #SUFFIX} when OCR read a few stray glyphs after
   * it (a seal's or a rule's ink read as 有民告), or after 的报告 that follows it in the 关于 form:
   * up to {@link #MAX_TRAILING} glyphs with no bracket or digit, which a printed addition such as
   * （摘要） or （2023） has.
   */
  static String withoutTrailingMarks(String title) {
    int i = title.lastIndexOf(SUFFIX);
    if (i < 0) {
      return title;
    }
    // the form 关于…年度报告的报告 ends in 的报告, itself no stray glyphs
    int end = i + SUFFIX.length();
    if (title.startsWith(OF_REPORT, end) && title.substring(0, i).contains("关于")) {
      end += OF_REPORT.length();
    }
    String rest = title.substring(end);
    if (rest.isEmpty() || rest.length() > MAX_TRAILING
        || rest.matches(".*[（()）〔〕\\[\\]【】0-9０-９].*")) {
      return title;
    }
    return title.substring(0, end);
  }

  /** The ending of a report about the annual report: 关于…年度报告的报告. */
  private static final String OF_REPORT = "的报告";

  /** Most stray glyphs after the prescribed ending that are cut from an OCRed title. */
  static final int MAX_TRAILING = 4;

  /**
   * Whether a line holding 报告 is only the wrapped end of the title begun by the group above it:
   * it names no year and no subject itself (报告, 年度报告, 工作年度报告), and the group above, just
   * over it, does without a 报告 of its own.
   */
  static boolean tail(String text, List<TextLine> above) {
    if (text.length() > 8 || YEAR.matcher(text).find() || SUBJECT.matcher(text).find()) {
      return false;
    }
    String up = compactText(above);
    return !up.contains("报告") && (YEAR.matcher(up).find() || SUBJECT.matcher(up).find());
  }

  /**
   * The title with the prescribed suffix {@link #SUFFIX} restored when OCR damaged exactly one of
   * its characters (the lone 告 of a wrapped title lost or read as another glyph: …工作年度报,
   * …工作年度报吉), else null. Everything else must fit the title form: the text before the suffix
   * names the year and holds no 报告, and only one split of the text is one edit from the suffix.
   */
  static String withSuffixRestored(String text) {
    String best = null;
    for (int k = SUFFIX.length() - 1; k <= SUFFIX.length() + 1 && k <= text.length(); k++) {
      String before = text.substring(0, text.length() - k);
      if (editDistance(text.substring(text.length() - k), SUFFIX) != 1
          || !YEAR.matcher(before).find() || before.contains("报告")) {
        continue;
      }
      String restored = before + SUFFIX;
      if (best != null && !best.equals(restored)) {
        return null; // two readings of the damage: no guess
      }
      best = restored;
    }
    return best;
  }

  /**
   * The title when its last line, the wrapped end of the prescribed suffix {@link #SUFFIX} (告 or
   * 报告), was misread whole by OCR: the line above ends with the rest of the suffix intact, names
   * the year and holds no 报告, and the short line under it has exactly as many glyphs as are
   * missing. Else null.
   */
  static String wrappedEndRestored(String upper, String lower) {
    if (upper.contains("报告") || !YEAR.matcher(upper).find()
        || lower.contains("报告") || YEAR.matcher(lower).find()) {
      return null;
    }
    for (int k = 1; k <= 2; k++) {
      String kept = SUFFIX.substring(0, SUFFIX.length() - k);
      if (lower.length() == k && upper.endsWith(kept)) {
        return upper + SUFFIX.substring(SUFFIX.length() - k);
      }
    }
    return null;
  }

  /** Levenshtein distance (insertions, deletions and substitutions of one character each). */
  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String nameLine(String text, String previous) {
    return YEAR.matcher(text).find() || text.length() > 40 ? previous : text;
  }

  private static boolean headingLike(TextLine l, Layout layout) {
    String t = compact(l.text());
    if (t.isEmpty() || t.length() > MAX_TITLE_LINE || SENTENCE.matcher(t).matches()) {
      return false;
    }
    return layout.prominent(l) || layout.centred(l);
  }

  private static boolean startsWithYear(String s) {
    Matcher m = YEAR.matcher(s);
    return m.find() && m.start() == 0;
  }

  /** The old rule, for heads with no recognisable heading block (same size, flush left). */
  private Title fromKeywordLine(List<TextLine> head, Layout layout) {
    for (int i = 0; i < head.size(); i++) {
      String t = compact(head.get(i).text());
      boolean prominent = layout.prominent(head.get(i)) || i < 3;
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
      TextLine begins = title.equals(t) ? head.get(i) : head.get(i - 1);
      return new Title(title, organization(title), year(title), above, begins);
    }
    return null;
  }

  private static boolean continues(TextLine upper, TextLine lower) {
    double gap = lower.bbox().top() - upper.bbox().bottom();
    return upper.page() == lower.page()
        && Math.abs(upper.fontSize() - lower.fontSize()) <= 1
        && upper.bold() == lower.bold()
        && gap < 2.0 * Math.max(upper.fontSize(), lower.fontSize());
  }

  /** The text without any whitespace, Unicode spaces (U+3000, U+00A0) included. */
  static String compact(String s) {
    return WHITE.matcher(s).replaceAll("");
  }

  /** The text without leading and trailing whitespace, Unicode spaces included. */
  static String trim(String s) {
    return EDGE_WHITE.matcher(s).replaceAll("");
  }

  static Integer year(String title) {
    Matcher m = YEAR.matcher(title);
    return m.find() ? ChineseDate.digits(m.group(1)) : null;
  }

  /** The lines' texts without spaces, run together. */
  static String compactText(List<TextLine> lines) {
    StringBuilder sb = new StringBuilder();
    for (TextLine l : lines) {
      sb.append(compact(l.text()));
    }
    return sb.toString();
  }

  /** The year of "统计期限自2023年1月1日起…" in the introduction, or null. */
  static Integer periodYear(List<TextLine> head) {
    String text = compactText(head);
    Matcher m = PERIOD.matcher(text);
    return m.find() ? ChineseDate.digits(m.group(1)) : null;
  }

  private static final Pattern PERIOD_SPAN =
      Pattern.compile("((?:19|20)\\d{2})年[1一元]月[1一]日起?[^0-9。]{0,3}?((?:19|20)\\d{2})年(?:12|十二)月3[01]日");
  /** 2019年1月1日至12月31日: one copy of the year. */
  private static final Pattern PERIOD_ONE_YEAR =
      Pattern.compile("((?:19|20)\\d{2})年[1一元]月[1一]日起?[至到—－-](?:12|十二)月3[01]日");

  /**
   * The years the statistics period names in the head ("自2023年1月1日起至2023年12月31日止":
   * 2023, 2023), two copies of the report year; empty when no period is printed.
   */
  static List<Integer> periodYears(List<TextLine> head) {
    String text = compactText(head);
    Matcher m = PERIOD_SPAN.matcher(text);
    if (m.find()) {
      return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    Matcher o = PERIOD_ONE_YEAR.matcher(text);
    if (o.find()) {
      return List.of(Integer.parseInt(o.group(1)));
    }
    Integer one = periodYear(head);
    return one == null ? List.of() : List.of(one);
  }

  /** Where the subject of the title begins: 政府信息公开 (or a shorter form of it). */
  private static final Pattern SUBJECT = Pattern.compile("政府信息公开|政务公开|信息公开");
  private static final Pattern YEAR_SPAN = Pattern.compile(YEAR.pattern() + "度?");

  /**
   * The organisation a title names, or null. Titles print it before the year
   * (XX局2023年…, XX局关于2023年度…的报告, 关于XX局2023年…), between the year and the subject
   * (2022年XX局政府信息公开…, 2023年度XX局…), or before the subject when there is no year
   * (XX县人民政府政府信息公开…). "XX市人民政府信息公开…" shares 政府 between name and subject.
   */
  static String organization(String title) {
    Matcher s = SUBJECT.matcher(title);
    boolean subject = s.find();
    String head = subject ? title.substring(0, s.start()) : title;
    if (subject && s.group().startsWith("政府") && head.endsWith("人民")) {
      head = head + "政府"; // 人民政府信息公开: one 政府 for both
    }
    Matcher y = YEAR_SPAN.matcher(head);
    String org;
    if (y.find()) {
      org = clean(head.substring(0, y.start()));
      if (org.isEmpty() && subject) {
        org = clean(head.substring(y.end()));
      }
    } else {
      org = subject ? clean(head) : "";
    }
    return org.isEmpty() || OpeningNames.ownUnit(org) ? null : org;
  }

  private static String clean(String part) {
    return part.replaceAll("[《（(].*$", "")
        .replaceFirst("^关于", "")
        .replaceFirst("关于$", "")
        .replaceFirst("^[，,：:、\s]+", "");
  }
}
