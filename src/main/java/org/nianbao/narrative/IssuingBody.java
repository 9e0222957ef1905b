package org.nianbao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.load.TextLine;

/**
 * Chooses the organisation among what the report prints: the name in the title, the
 * issuing-body line above the title, the name line of the signature block, the names the opening
 * sentences give ({@link OpeningNames}). A full body name (…局, …办公室, …人民政府, …中心) beats a
 * bare place name (…市, …区, …县), which the title often carries alone ("海东市 2019 年度…");
 * among those the name printed by more sources wins, then the title, the line above the title,
 * the signature, the opening sentences, in that order.
 */
final class IssuingBody {
  private static final Pattern BODY =
      Pattern.compile(".*(局|办|委|政府|办公室|委员会|中心|厅|部|院|署|处|站|队|所|馆|会|社|组|公司|集团|办事处|管委会|街道|法院|检察院)$");
  private static final Pattern PLACE = Pattern.compile(".*(省|市|区|县|州|盟|旗|镇|乡|村|自治区|自治州|自治县|新区|开发区)$");
  private static final Pattern NOT_A_NAME = Pattern.compile(".*[。，；：:,;、！？!?\\d].*");

  private IssuingBody() {}

  static String choose(String fromTitle, String lineAbove, String signature) {
    return choose(java.util.Arrays.asList(fromTitle, lineAbove, signature));
  }

  /**
   * The organisation among its printed candidates, given in order of trust (title, line above
   * the title, signature, opening sentences; nulls allowed). A full body name beats a bare place;
   * among those of one shape the name printed most often wins, then the earlier candidate. With
   * neither shape the first candidate (the title's) is kept as printed.
   */
  static String choose(List<String> printed) {
    List<String> candidates = printed.stream().map(c -> withPlace(c, printed)).toList();
    for (Pattern shape : List.of(BODY, PLACE)) {
      String best = null;
      long bestVotes = 0;
      for (String c : candidates) {
        if (!name(c) || !shape.matcher(c).matches()) {
          continue;
        }
        long votes = candidates.stream().filter(c::equals).count();
        if (votes > bestVotes) {
          best = c;
          bestVotes = votes;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /**
   * The candidate without a stray character OCR put before it (和岳阳市农业农村局, a 和 read in the
   * blank after 2021年度), when another candidate is the rest of it (岳阳市农业农村局, in the
   * signature) and the running text prints that rest without the extra character more often than
   * with it. A copy that only lost its first character (阳市农业农村局) is no such rest: the text
   * prints it mostly inside the full name. Longer additions (湖南省…) are names, not strays.
   */
  static String withoutStrayLead(String c, List<String> candidates, String text) {
    if (!isBody(c) || c.length() < 5) {
      return c;
    }
    for (String d : candidates) {
      if (d == null || d.length() != c.length() - 1 || !c.endsWith(d) || !isBody(d)) {
        continue;
      }
      int whole = occurrences(text, c);
      int bare = occurrences(text, d) - whole;
      if (bare >= 2 && bare > whole) {
        return d;
      }
    }
    return c;
  }

  private static int occurrences(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
      n++;
    }
    return n;
  }

  /**
   * The chosen name, spelled as most of its copies spell it. A name printed verbatim at least
   * twice (title and introduction, signature and body) is taken as it is, which is always the case
   * for a text layer. Otherwise (OCR) its copies are gathered: the approximate occurrences, within
   * a quarter of its length in edits, of the name and of the other printed sources close to it
   * (the title and the signature may both be misread), and {@link Consensus#vote} aligns them.
   * Copies in the running text weigh a little more than those in the large display title, which
   * OCR misreads more often; a tie thus goes to the running text.
   */
  static String corrected(String chosen, List<String> sources, List<TextLine> lines,
      TitleBlock.Layout layout) {
    List<Consensus.Copy> copies = copies(chosen, sources, lines, layout);
    if (copies == null) {
      return chosen;
    }
    String voted = Consensus.vote(copies);
    return voted == null || voted.isEmpty() ? chosen : voted;
  }

  /**
   * The readings of the one character the copies of the chosen name cannot settle, joined with
   * '/', or null when they settle every character or are not voted on ({@link
   * Consensus#unsettled}).
   */
  static String unsettled(String chosen, List<String> sources, List<TextLine> lines,
      TitleBlock.Layout layout) {
    List<Consensus.Copy> copies = copies(chosen, sources, lines, layout);
    return copies == null ? null : Consensus.unsettled(copies);
  }

  /** The copies {@link #corrected} votes over, or null when the name is taken as it is. */
  private static List<Consensus.Copy> copies(String chosen, List<String> sources,
      List<TextLine> lines, TitleBlock.Layout layout) {
    if (chosen == null || chosen.length() < 4) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    List<Integer> lineOf = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String t = TitleBlock.compact(lines.get(k).text());
      text.append(t);
      for (int c = 0; c < t.length(); c++) {
        lineOf.add(k);
      }
    }
    String all = text.toString();
    if (all.indexOf(chosen) != all.lastIndexOf(chosen)) {
      return null;
    }
    List<String> probes = new ArrayList<>(List.of(chosen));
    for (String s : sources) {
      if (s != null && s.length() >= 4 && !probes.contains(s)
          && Consensus.distance(s, chosen) <= Math.max(s.length(), chosen.length()) / 2) {
        probes.add(s);
      }
    }
    List<int[]> found = new ArrayList<>();
    for (String p : probes) {
      for (int[] m : Consensus.find(p, all, Math.max(1, p.length() / 4))) {
        String t = all.substring(m[0], m[1]);
        boolean printedSource = probes.contains(t);
        // a copy found in the running text keeps the length of the name (OCR substitutes); one
        // that loses characters is more likely a related, shorter name (…人民政府 in …人民政府办公室)
        if ((printedSource || Math.abs(t.length() - p.length()) <= 1)
            && found.stream().noneMatch(b -> m[0] < b[1] && b[0] < m[1])) {
          found.add(m);
        }
      }
    }
    List<Consensus.Copy> copies = new ArrayList<>();
    for (int[] m : found) {
      boolean display = layout.prominent(lines.get(lineOf.get(m[0])));
      copies.add(new Consensus.Copy(all.substring(m[0], m[1]), m[0], m[2], display ? 0.9 : 1.0));
    }
    // two copies that disagree settle nothing unless both are printed names (title, signature)
    if (copies.size() < 2
        || (copies.size() == 2 && !copies.stream().allMatch(c -> probes.contains(c.text())))) {
      return null;
    }
    return copies;
  }

  /**
   * The candidate as another candidate spells it in full when it is only that name's unit without
   * its place (审计局 in a title whose line OCR began late, 宜昌市审计局 in the signature and
   * the text): a partial name is no rival to the full one. The first full spelling is taken.
   */
  static String withPlace(String c, List<String> candidates) {
    if (!isBody(c)) {
      return c;
    }
    for (String full : candidates) {
      if (full != null && full.length() > c.length() && full.endsWith(c) && isBody(full)
          && isPlace(full.substring(0, full.length() - c.length()))) {
        return full;
      }
    }
    return c;
  }

  static boolean isBody(String s) {
    return name(s) && BODY.matcher(s).matches();
  }

  static boolean isPlace(String s) {
    return name(s) && PLACE.matcher(s).matches();
  }

  private static boolean name(String s) {
    return s != null && s.length() >= 2 && s.length() <= 40 && !NOT_A_NAME.matcher(s).matches();
  }
}
