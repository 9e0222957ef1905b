package org.nianbao.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Checks the place name an OCRed organisation starts with (赣州市…, 潍坊市寒亭区…, 湟中区) against
 * the administrative divisions of China ({@code models/gazetteer/divisions.tsv}). Two repairs, both
 * only where the reading is not a known place:
 *
 * <ol>
 *   <li>another printed copy of the name (title, body, signature) starts with a known place that
 *       differs only by misread characters: that copy's spelling is taken;
 *   <li>no copy does, and exactly one known place differs from the reading in one character that
 *       the OCR model cannot output at all (chi_sim lacks 湟, 濉, 郫 …) and that shares its
 *       radical with the character read (涅 for 湟: the model picks a look-alike): a character
 *       the engine does not know always comes out as another one, so that place is taken;
 *   <li>failing that, exactly one known place (under the prefecture read before it, where one is)
 *       differs from the reading in one look-alike character of the same radical, whatever the
 *       model can output (洞西区 or 润西区 in 洛阳市: 涧西区; 昆都仓区: 昆都仑区). A reading that is
 *       itself a known place anywhere is never changed, so one real place never becomes another.
 * </ol>
 *
 * Otherwise the reading stays as printed. Every repair is reported as a warning; a repair that
 * reveals a further unknown place after it (洛阴市洞西区) is followed by one more.
 */
public final class PlaceNames {
  /** Suffixes a county-level stem takes across renames (湟中县 → 湟中区, 滦县 → 滦州市). */
  private static final String SUFFIXES = "省市区县州旗盟";
  private static final String RESOURCE = "/org/nianbao/models/gazetteer/divisions.tsv";

  /** Every known name, with its parent prefecture (null for provinces and prefectures). */
  private final Map<String, Set<String>> parents = new HashMap<>();
  private final IntPredicate engineCanRead;
  /** The names as the gazetteer lists them, without the stem variants (锦江区, not 锦江市). */
  private final Set<String> listed = new HashSet<>();

  /** A repaired organisation and why. */
  public record Repair(String organization, String reason) {}

  PlaceNames(List<String[]> rows, IntPredicate engineCanRead) {
    this.engineCanRead = engineCanRead;
    for (String[] row : rows) {
      add(row[0], null);
      add(row[1], null);
      listed.add(row[0]);
      listed.add(row[1]);
      for (String county : row.length > 2 ? row[2].trim().split(" +") : new String[0]) {
        if (!county.isEmpty()) {
          add(county, row[1]);
          listed.add(county);
          String stem = stem(county);
          if (stem.length() >= 2) {
            for (char s : "市区县".toCharArray()) {
              add(stem + s, row[1]);
            }
          }
        }
      }
    }
  }

  /** The shipped gazetteer; {@code engineCanRead} tells which characters the OCR model knows. */
  public static PlaceNames fromClasspath(IntPredicate engineCanRead) {
    return new PlaceNames(rows(), engineCanRead);
  }

  private static List<String[]> rows() {
    try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer missing from the classpath: " + RESOURCE);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(String name, String parent) {
    if (name.length() < 2 || name.contains("直辖")) {
      return;
    }
    Set<String> p = parents.computeIfAbsent(name, k -> new HashSet<>());
    if (parent != null) {
      p.add(parent);
    }
  }

  private static String stem(String name) {
    if (name.endsWith("地区")) {
      return name.substring(0, name.length() - 2);
    }
    char last = name.charAt(name.length() - 1);
    return SUFFIXES.indexOf(last) >= 0 ? name.substring(0, name.length() - 1) : name;
  }

  boolean known(String name) {
    return parents.containsKey(name);
  }

  /**
   * The organisation with its place name repaired, or empty when it reads as a known place or no
   * repair is certain.
   *
   * @param organization the organisation as voted from its copies
   * @param copies other readings of the same name (title, running text, signature)
   */
  public Optional<Repair> repair(String organization, List<String> copies) {
    Optional<Repair> first = repairOnce(organization, copies);
    if (first.isEmpty()) {
      return first;
    }
    // a misread prefecture hid the county after it (洛阴市洞西区): one more pass on the repair
    Optional<Repair> second = repairOnce(first.get().organization(), copies);
    return second.isEmpty() ? first : Optional.of(new Repair(second.get().organization(),
        first.get().reason() + "; then " + second.get().reason()));
  }

  private Optional<Repair> repairOnce(String organization, List<String> copies) {
    if (organization == null || organization.length() < 3) {
      return Optional.empty();
    }
    int at = knownPrefix(organization);
    List<String> known = segments(organization);
    String parent = known.isEmpty() ? null : known.get(known.size() - 1);
    if (at > 0 && !placeFollows(organization, at)) {
      return Optional.empty();
    }
    // 1. a copy that spells a known place where this reading has an unknown one
    Set<String> fromCopies = new LinkedHashSet<>();
    for (String copy : copies) {
      if (copy == null || copy.length() <= at || !copy.startsWith(organization.substring(0, at))) {
        continue;
      }
      String name = longestKnown(copy, at, parent);
      if (name == null && parent != null) {
        // the copy spells a listed place, under another prefecture than the one read before it
        String any = longestKnown(copy, at, null);
        name = any != null && listed.contains(any) && any.length() >= 3 ? any : null;
      }
      if (name != null && at + name.length() <= organization.length()
          && !name.equals(organization.substring(at, at + name.length()))
          && substitutions(name, organization.substring(at, at + name.length())) <= Math.max(1, name.length() / 3)) {
        fromCopies.add(name);
      }
    }
    if (fromCopies.size() == 1) {
      String name = fromCopies.iterator().next();
      String fixed = organization.substring(0, at) + name + organization.substring(at + name.length());
      return Optional.of(new Repair(fixed, "organization read as " + organization
          + "; another printed copy reads the known place name " + name));
    }
    if (!fromCopies.isEmpty()) {
      return Optional.empty();
    }
    // 2. one known place one look-alike character away: first among those whose character the
    // OCR model cannot output, else among all (洞西区 for 涧西区); never from a known reading
    Set<String> unreadable = new LinkedHashSet<>();
    Set<String> lookAlike = new LinkedHashSet<>();
    for (String name : parents.keySet()) {
      int end = at + name.length();
      if (name.length() < 3 || end > organization.length()
          || (parent != null && !parents.get(name).contains(parent))) {
        continue;
      }
      String read = organization.substring(at, end);
      int diff = -1;
      int count = 0;
      for (int i = 0; i < name.length() && count < 2; i++) {
        if (name.charAt(i) != read.charAt(i)) {
          diff = i;
          count++;
        }
      }
      if (count == 1 && diff < name.length() - 1 && !known(read)
          && Radicals.same(name.charAt(diff), read.charAt(diff))) {
        if (listed.contains(name)) {
          lookAlike.add(name); // a stem variant is no place to repair a readable slip into
        }
        if (!engineCanRead.test(name.charAt(diff))) {
          unreadable.add(name);
        }
      }
    }
    boolean cannotOutput = unreadable.size() == 1;
    if (!cannotOutput && !(unreadable.isEmpty() && lookAlike.size() == 1)) {
      return Optional.empty();
    }
    String name = (cannotOutput ? unreadable : lookAlike).iterator().next();
    String fixed = organization.substring(0, at) + name + organization.substring(at + name.length());
    return Optional.of(new Repair(fixed, "organization read as " + organization + "; "
        + organization.substring(at, at + name.length()) + " is no known place, and the known "
        + name + (cannotOutput ? " differs by a look-alike character the OCR model cannot output"
            : " is the only one" + (parent == null ? "" : " in " + parent)
            + " that differs by one look-alike character (same radical)")));
  }

  /**
   * The place the text starts with when the gazetteer lists it as such (赣州市 in 赣州市…), or null:
   * a stem variant made up for renames (吉州市 from 吉州区) is none.
   */
  public String listedAtStart(String text) {
    List<String> s = segments(text);
    return !s.isEmpty() && listed.contains(s.get(0)) ? s.get(0) : null;
  }

  /** Length of the run of known place names the text starts with (潍坊市寒亭区 → 6). */
  int knownPrefix(String text) {
    return String.join("", segments(text)).length();
  }

  /** The known place names the text starts with, in order (潍坊市, 寒亭区). */
  private List<String> segments(String text) {
    List<String> out = new ArrayList<>();
    int at = 0;
    String parent = null;
    while (at < text.length()) {
      String name = longestKnown(text, at, parent);
      if (name == null) {
        break;
      }
      out.add(name);
      parent = name;
      at += name.length();
    }
    return out;
  }

  private String longestKnown(String text, int at, String parent) {
    for (int end = Math.min(text.length(), at + 24); end >= at + 2; end--) {
      String s = text.substring(at, end);
      if (known(s) && (parent == null || parents.get(s).isEmpty() || parents.get(s).contains(parent)
          || parent.endsWith("省") || parent.endsWith("自治区"))) {
        return s;
      }
    }
    return null;
  }

  /** Whether a place name seems to follow: a division suffix within the next few characters. */
  private static boolean placeFollows(String text, int at) {
    for (int i = at + 1; i < Math.min(text.length(), at + 4); i++) {
      if ("区县市旗".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int substitutions(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }
}
