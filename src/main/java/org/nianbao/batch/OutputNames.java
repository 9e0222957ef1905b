package org.nianbao.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Output file names ({@code <name>.json}) for input paths, deterministic and collision-free.
 *
 * <ul>
 *   <li>A path that an earlier run already named keeps its name, so resumed runs agree.
 *   <li>Otherwise {@code r.pdf} becomes {@code r.json} when no other known input (this run's or
 *       the manifest's) has the same base name, compared case-insensitively for Windows and
 *       macOS file systems.
 *   <li>Same-named inputs from different folders all get {@code r--<8 hex>.json}, the hex being
 *       the start of SHA-256 of the input path: independent of order and of which run saw them.
 * </ul>
 */
public final class OutputNames {

  private static final int MAX_STEM_CODE_POINTS = 80;

  private OutputNames() {}

  /**
   * @param inputs absolute normalised input paths of this run
   * @param earlier output names already given by earlier runs, by path (only inputs that have
   *     their own output; not duplicates)
   * @param knownPaths every path in the manifest, named or not
   * @return output file name per input path
   */
  public static Map<String, String> assign(
      Collection<String> inputs, Map<String, String> earlier, Collection<String> knownPaths) {
    Map<String, Integer> baseCounts = new HashMap<>();
    Set<String> allPaths = new HashSet<>(inputs);
    allPaths.addAll(knownPaths);
    for (String p : allPaths) {
      baseCounts.merge(key(baseName(p)), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    earlier.values().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));

    Map<String, String> names = new TreeMap<>();
    for (String p : inputs) {
      String name = earlier.get(p);
      if (name == null) {
        String base = baseName(p);
        boolean unique = baseCounts.get(key(base)) == 1 && !taken.contains(key(base));
        name = unique ? base : stem(p) + "--" + FileHash.sha256(p.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8) + ".json";
      }
      names.put(p, name);
    }
    return names;
  }

  /** {@code /a/b/年报 2023.PDF} → {@code 年报 2023.json}, with unsafe characters replaced. */
  static String baseName(String path) {
    return stem(path) + ".json";
  }

  private static String stem(String path) {
    // '/' where there is one: a backslash in a Unix name is a character (and starts the \xHH
    // escapes of names that are not UTF-8)
    int sep = path.lastIndexOf('/') >= 0 ? path.lastIndexOf('/') : path.lastIndexOf('\\');
    String file = path.substring(sep + 1);
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    StringBuilder sb = new StringBuilder();
    stem.codePoints().limit(MAX_STEM_CODE_POINTS).forEach(cp -> {
      boolean unsafe = cp < 0x20 || cp == 0x7f || "<>:\"/\\|?*".indexOf(cp) >= 0;
      sb.appendCodePoint(unsafe ? '_' : cp);
    });
    // Windows drops trailing dots and spaces; a leading dot would hide the file and look like
    // one of our temp files.
    String s = sb.toString().replaceAll("[. ]+$", "").replaceAll("^\\.", "_");
    return s.isEmpty() ? "_" : s;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
