package org.nianbao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation as the opening sentences name it, for reports whose title does not: 本报告由X
 * 编制, 根据…，X编制本报告, X现将…报告如下, 现将X2023年度…报告如下, X2023年政府信息公开工作年度报告
 * 是根据…. Only names of an organisation's or a place's shape are kept (…局, …人民政府, …区);
 * 本局, 我委 and the like name nothing.
 */
final class OpeningNames {
  private static final int SENTENCES = 3;
  private static final int MAX_OPENING = 800;
  private static final String NAME = "([^，。；：,;:、！？“”《》（）()]{2,40}?)";
  private static final String YEAR = TitleBlock.YEAR.pattern() + "度?";
  private static final List<Pattern> FORMS = List.of(
      Pattern.compile("本(?:年度)?报告由" + NAME
          + "(?:根据|依据|按照|负责|组织|牵头|编制|制作|起草|撰写|发布|编写)"),
      Pattern.compile(NAME + "(?:根据[^。]*?|依据[^。]*?|按照[^。]*?)?(?:编制|制作|起草|撰写|编写)"
          + "(?:完成|了)?(?:本|此|这份)(?:年度)?(?:报告|年报)"),
      Pattern.compile(NAME + "现将"),
      Pattern.compile("现将" + NAME + YEAR),
      Pattern.compile(NAME + YEAR + "(?:政府信息公开|政务公开|信息公开)[^。]{0,12}?"
          + "(?:年度报告|年报|工作报告|情况报告|的报告)"));
  /** Words that open a clause before the name: 本报告是X…, 现公布X…, 特将X…. */
  private static final Pattern LEAD = Pattern.compile(
      "^(?:本(?:年度)?报告(?:是|为|由)|现予?公布|现予?发布|现将|特将|特|兹|现|由|是|关于)");
  /** 本局, 本单位, 我委, 该中心 … (not 本溪市, a place). */
  private static final Pattern NOT_A_BODY =
      Pattern.compile("^(?:本(?:局|委|厅|办|院|部|署|会|单位|机关|部门|中心|级|市|区|县|镇|乡|街道)|我|该|贵).*");

  private OpeningNames() {}

  /** The names the first sentences of the text give, in order of appearance. */
  static List<String> find(String text) {
    String opening = opening(TitleBlock.compact(text));
    List<int[]> at = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (Pattern p : FORMS) {
      Matcher m = p.matcher(opening);
      int from = 0;
      while (from < opening.length() && m.find(from)) {
        String name = name(m.group(1));
        if (name != null) {
          at.add(new int[] {m.start(1), out.size()});
          out.add(name);
          from = m.end();
        } else {
          // what the form took for a name is none (the title before 根据…，X编制本报告): the
          // name may start further on within the same match
          from = m.start() + 1;
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    at.stream().sorted(java.util.Comparator.comparingInt(a -> a[0]))
        .forEach(a -> ordered.add(out.get(a[1])));
    return ordered;
  }

  private static final Pattern REPORT_YEAR = Pattern.compile(YEAR
      + "(?:政府信息公开|政务公开|信息公开)[^。]{0,12}?(?:年度报告|年报|工作报告|情况报告|的报告|报告如下)");

  /** The year of the report the first sentences name (…2023年政府信息公开工作年度报告…), or null. */
  static Integer year(String text) {
    Matcher m = REPORT_YEAR.matcher(opening(TitleBlock.compact(text)));
    return m.find() ? org.nianbao.internal.ChineseDate.digits(m.group(1)) : null;
  }

  /** 本局, 我委 …: words for the writer's own unit, no name. */
  static boolean ownUnit(String s) {
    return NOT_A_BODY.matcher(s).matches();
  }

  private static String opening(String text) {
    int end = 0;
    for (int n = 0; n < SENTENCES; n++) {
      int dot = text.indexOf('。', end);
      if (dot < 0) {
        end = text.length();
        break;
      }
      end = dot + 1;
    }
    // OCR may lose every 。: the opening is never the whole document
    return text.substring(0, Math.min(end, MAX_OPENING));
  }

  private static String name(String raw) {
    String s = raw;
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = LEAD.matcher(s).replaceFirst("");
    }
    if (s.length() < 3 || ownUnit(s)
        || !(IssuingBody.isBody(s) || IssuingBody.isPlace(s))) {
      return null;
    }
    return s;
  }
}
