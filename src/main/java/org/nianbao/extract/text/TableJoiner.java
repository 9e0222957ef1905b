package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.Table;

/**
 * Joins tables continued over page breaks and numbers all tables t1..tn in reading order. A
 * table continues when it is the last on its page and reaches the bottom margin, the next is the
 * first on the following page and starts at the top, and one part's column boundaries are a
 * subset of the other's (within a few points); both are then re-gridded on the union of the
 * boundaries ({@link ColumnUnion}). Repeated header rows are dropped; a row cut by the break
 * (labels on one side, figures on the other) is merged back into one row.
 */
public final class TableJoiner {
  private final ContinuationMatcher matcher = new ContinuationMatcher();

  public List<Table> join(List<Table> perPageTables, List<LoadedPage> pages) {
    Map<Integer, LoadedPage> byNumber = new HashMap<>();
    for (LoadedPage p : pages) {
      byNumber.put(p.number(), p);
    }
    List<Table> sorted = new ArrayList<>(perPageTables);
    sorted.sort(
        Comparator.comparingInt((Table t) -> t.pages().get(0))
            .thenComparingDouble(t -> TableGeometry.top(t, t.pages().get(0))));
    List<Table> out = new ArrayList<>();
    Table current = null;
    for (int i = 0; i < sorted.size(); i++) {
      Table next = sorted.get(i);
      if (current != null
          && isLastOnItsPage(current, sorted, i)
          && isFirstOnItsPage(next, sorted, i)) {
        Table joined = matcher.tryJoin(current, next, byNumber);
        if (joined != null) {
          current = joined;
          continue;
        }
      }
      if (current != null) {
        out.add(current);
      }
      current = next;
    }
    if (current != null) {
      out.add(current);
    }
    List<Table> numbered = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      numbered.add(out.get(i).withId("t" + (i + 1)));
    }
    return numbered;
  }

  private static int lastPage(Table t) {
    return t.pages().get(t.pages().size() - 1);
  }

  /** No other table starts later on current's last page (sorted[i] is the candidate). */
  private static boolean isLastOnItsPage(Table current, List<Table> sorted, int i) {
    return sorted.get(i).pages().get(0) > lastPage(current);
  }

  private static boolean isFirstOnItsPage(Table next, List<Table> sorted, int i) {
    return i == 0 || !sorted.get(i - 1).pages().get(0).equals(next.pages().get(0));
  }
}
