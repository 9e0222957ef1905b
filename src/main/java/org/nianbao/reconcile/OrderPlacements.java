package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;

/**
 * Flags the rows placed by template order ({@link RowAligner#placeByOrder}): their figures were
 * read, but which row they belong to rests on position alone, so every figure keeps a confidence
 * below the flag threshold and the row gets a {@code ROW_PLACED_BY_ORDER} warning. The arithmetic
 * is the guard: a placed row whose figures take part in a failing check is named a suspect.
 */
final class OrderPlacements {
  static final String CODE = "ROW_PLACED_BY_ORDER";
  /** Below {@link CellValueReader#LOW_CONFIDENCE}: a placed row always counts as flagged. */
  static final double PLACED_CONFIDENCE = 0.6;

  private OrderPlacements() {}

  /**
   * Lowers the confidence of the placed rows' figures in {@code provenance} (after the checksum
   * corrector ran, which must treat them as it treats any reading) and returns their warnings.
   */
  static List<Warning> flag(List<Findings> found, Data data, Map<String, Provenance> provenance,
      List<Equation> equations) {
    List<Warning> out = new ArrayList<>();
    for (Findings f : found) {
      f.placedByOrder().forEach((item, where) -> {
        String prefix = f.path(item, "");
        Integer page = null;
        for (Map.Entry<String, Provenance> e : provenance.entrySet()) {
          Provenance p = e.getValue();
          if (!e.getKey().startsWith(prefix) || p == null || p.source() == ValueSource.DERIVED) {
            continue;
          }
          page = page == null ? p.page() : page;
          double c = p.confidence() == null ? PLACED_CONFIDENCE
              : Math.min(p.confidence(), PLACED_CONFIDENCE);
          e.setValue(new Provenance(p.table(), p.row(), p.column(), p.page(), p.source(), p.raw(), c));
        }
        List<String> failing = new ArrayList<>();
        for (Equation eq : equations) {
          if (eq.terms().keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
            continue;
          }
          Long residual = eq.residual(data::get);
          if (residual != null && residual != 0) {
            failing.add(eq.name());
          }
        }
        String row = prefix.substring(0, prefix.length() - 1);
        out.add(new Warning(CODE, page, row, row
            + ": label not readable; row placed by the template's row order at " + where
            + (failing.isEmpty() ? "" : "; suspect: its figures fail " + String.join(", ", failing))));
      });
    }
    return out;
  }
}
