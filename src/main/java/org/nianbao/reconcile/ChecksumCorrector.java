package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;

/**
 * Checksum-guided reading: recovers OCR figures the checks prove wrong or that could not be
 * read, when the redundant arithmetic of the forms leaves exactly one consistent value.
 *
 * <p>Only uncertain cells may change: OCR readings with confidence below
 * {@link CellValueReader#LOW_CONFIDENCE}, or OCR cells that could not be read at all.
 * Confidently read and text-layer values are fixed, so a report whose printed figures do not
 * add up keeps them. The uncertain cells of failing (or unevaluable) checks are grouped by the
 * equations they share; for each group every combination of candidate values is tried, and a
 * combination is consistent when every check touching the group holds. Exactly one consistent
 * combination → the changed cells become {@code corrected}; none or several → nothing changes
 * and CORRECTION_AMBIGUOUS says so.
 */
final class ChecksumCorrector {
  /** Search bounds: per group of uncertain cells, and candidate values per cell. */
  static final int MAX_UNCERTAIN_PER_GROUP = 3;
  static final int MAX_CANDIDATES = 6;

  static final String CORRECTED = "CORRECTED_BY_CHECKS";
  static final String AMBIGUOUS = "CORRECTION_AMBIGUOUS";

  /** A value to replace, with its new provenance (source corrected, raw as read). */
  record Correction(String path, long value, Provenance provenance) {}

  record Result(List<Correction> corrections, List<Warning> warnings) {}

  /**
   * A value the arithmetic implies was never read: it stays below the flag threshold, so a
   * report whose printed figures really do not add up cannot pass it off as a sure reading.
   */
  static final double IMPLIED_CONFIDENCE_CAP = 0.89;

  /** A possible value of an uncertain cell and the confidence it would carry. */
  private record Candidate(long value, double confidence) {}

  private ChecksumCorrector() {}

  /**
   * @param values every value by dotted path (null when unreadable or missing)
   * @param provenance by dotted path; decides which values are uncertain
   * @param equations the checks as equations (see {@link CheckEquations})
   */
  static Result correct(Map<String, Number> values, Map<String, Provenance> provenance,
      List<Equation> equations, CellAlternatives alternatives) {
    Set<String> uncertain = values.keySet().stream()
        .filter(p -> isUncertain(values.get(p), provenance.get(p)))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<Equation> usable = equations.stream()
        .filter(e -> e.terms().keySet().stream()
            .allMatch(p -> values.get(p) != null || uncertain.contains(p)))
        .toList();
    Set<String> suspects = new LinkedHashSet<>();
    for (Equation e : usable) {
      Long residual = e.residual(values::get);
      if (residual == null || residual != 0) {
        e.terms().keySet().stream().filter(uncertain::contains).forEach(suspects::add);
      }
    }
    List<Correction> corrections = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (List<String> group : groups(suspects, usable)) {
      List<Equation> touching = usable.stream()
          .filter(e -> group.stream().anyMatch(e.terms()::containsKey)).toList();
      solve(group, touching, values, provenance, alternatives, corrections, warnings);
    }
    return new Result(corrections, warnings);
  }

  /** An OCR reading below the confidence threshold, or an OCR cell that could not be read. */
  static boolean isUncertain(Number value, Provenance p) {
    if (p == null || (p.source() != ValueSource.OCR && p.source() != ValueSource.BLANK_AS_ZERO)) {
      return false;
    }
    boolean unreadable = value == null && p.source() == ValueSource.OCR;
    boolean lowConfidence =
        p.confidence() != null && p.confidence() < CellValueReader.LOW_CONFIDENCE;
    return unreadable || lowConfidence;
  }

  /** Suspect cells connected through shared equations, each group in first-seen order. */
  private static List<List<String>> groups(Set<String> suspects, List<Equation> equations) {
    Map<String, String> parent = new LinkedHashMap<>();
    suspects.forEach(s -> parent.put(s, s));
    Function<String, String> root = new Function<>() {
      @Override
      public String apply(String s) {
        String p = parent.get(s);
        return p.equals(s) ? s : apply(p);
      }
    };
    for (Equation e : equations) {
      List<String> in = e.terms().keySet().stream().filter(parent::containsKey).toList();
      for (int i = 1; i < in.size(); i++) {
        parent.put(root.apply(in.get(i)), root.apply(in.get(0)));
      }
    }
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    suspects.forEach(s -> byRoot.computeIfAbsent(root.apply(s), k -> new ArrayList<>()).add(s));
    return List.copyOf(byRoot.values());
  }

  private static void solve(List<String> group, List<Equation> touching,
      Map<String, Number> values, Map<String, Provenance> provenance,
      CellAlternatives alternatives, List<Correction> corrections, List<Warning> warnings) {
    Integer page = provenance.get(group.get(0)).page();
    String checks = touching.stream().map(Equation::name).collect(Collectors.joining(", "));
    if (group.size() > MAX_UNCERTAIN_PER_GROUP) {
      warnings.add(new Warning(AMBIGUOUS, page, String.join(", ", group) + ": " + group.size()
          + " uncertain figures share checks " + checks + ", too many to search; left as read"));
      return;
    }
    Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    for (String path : group) {
      candidates.put(path, candidates(path, group, touching, values, provenance.get(path),
          alternatives, provenance));
    }
    List<Map<String, Candidate>> solutions = new ArrayList<>();
    search(group, 0, new LinkedHashMap<>(), candidates, touching, values, solutions);
    if (solutions.size() != 1) {
      String why = solutions.isEmpty()
          ? "no reading of these uncertain figures satisfies " + checks
          : solutions.size() + " different readings satisfy " + checks;
      warnings.add(new Warning(AMBIGUOUS, page,
          String.join(", ", group) + ": " + why + "; left as read"));
      return;
    }
    for (Map.Entry<String, Candidate> e : solutions.get(0).entrySet()) {
      String path = e.getKey();
      Number old = values.get(path);
      long value = e.getValue().value();
      if (old != null && old.longValue() == value) {
        continue;
      }
      Provenance was = provenance.get(path);
      Provenance now = new Provenance(was.table(), was.row(), was.column(), was.page(),
          ValueSource.CORRECTED, was.raw(), e.getValue().confidence());
      corrections.add(new Correction(path, value, now));
      String own = touching.stream().filter(q -> q.terms().containsKey(path))
          .map(Equation::name).collect(Collectors.joining(", "));
      warnings.add(new Warning(CORRECTED, was.page(), path, path + ": "
          + (old == null ? "unreadable" : old) + " → " + value + " (read '" + was.raw()
          + "'), the only reading consistent with " + own));
    }
  }

  /**
   * Values worth trying for one uncertain cell, at most {@link #MAX_CANDIDATES}: the reading
   * itself, the value each equation implies where this is its only uncertain cell, and the OCR
   * stage's alternatives. An alternative carries its own confidence; a value only the equations
   * imply carries the lowest confidence among the other cells of the implying equation (the
   * best such equation when several agree), capped at {@link #IMPLIED_CONFIDENCE_CAP}.
   */
  private static List<Candidate> candidates(String path, List<String> group,
      List<Equation> touching, Map<String, Number> values, Provenance read,
      CellAlternatives alternatives, Map<String, Provenance> provenance) {
    Map<Long, Double> implied = new LinkedHashMap<>();
    for (Equation e : touching) {
      boolean onlyUnknown = e.terms().containsKey(path)
          && e.terms().keySet().stream().noneMatch(p -> !p.equals(path) && group.contains(p));
      Long v = onlyUnknown ? e.solveFor(path, values::get) : null;
      if (v != null && v >= 0) {
        double support = Math.min(IMPLIED_CONFIDENCE_CAP,
            e.terms().keySet().stream().filter(p -> !p.equals(path))
                .mapToDouble(p -> confidenceOf(provenance.get(p))).min().orElse(1.0));
        implied.merge(v, support, Math::max);
      }
    }
    Map<Long, Double> offered = new LinkedHashMap<>();
    for (CellAlternatives.Reading r :
        alternatives.alternatives(read.table(), read.row(), read.column())) {
      ParsedNumber n = NumberParser.parseCount(r.text());
      if (n.readable() && n.value().longValue() >= 0) {
        offered.merge(n.value().longValue(), r.confidence(), Math::max);
      }
    }
    Map<Long, Candidate> out = new LinkedHashMap<>();
    Number current = values.get(path);
    if (current != null) {
      out.put(current.longValue(), new Candidate(current.longValue(), confidenceOf(read)));
    }
    implied.forEach((v, c) -> out.putIfAbsent(v, new Candidate(v, offered.getOrDefault(v, c))));
    offered.forEach((v, c) -> out.putIfAbsent(v, new Candidate(v, c)));
    return out.values().stream().limit(MAX_CANDIDATES).toList();
  }

  /** Tries every combination of candidates; keeps those under which every equation holds. */
  private static void search(List<String> group, int i, Map<String, Candidate> chosen,
      Map<String, List<Candidate>> candidates, List<Equation> touching,
      Map<String, Number> values, List<Map<String, Candidate>> solutions) {
    if (i == group.size()) {
      Function<String, Number> value =
          p -> chosen.containsKey(p) ? chosen.get(p).value() : values.get(p);
      boolean consistent = touching.stream().allMatch(e -> {
        Long r = e.residual(value);
        return r != null && r == 0;
      });
      if (consistent) {
        solutions.add(new LinkedHashMap<>(chosen));
      }
      return;
    }
    for (Candidate c : candidates.get(group.get(i))) {
      chosen.put(group.get(i), c);
      search(group, i + 1, chosen, candidates, touching, values, solutions);
    }
    chosen.remove(group.get(i));
  }

  /** Text-layer and unknown confidences count as certain. */
  private static double confidenceOf(Provenance p) {
    return p == null || p.confidence() == null ? 1.0 : p.confidence();
  }
}
