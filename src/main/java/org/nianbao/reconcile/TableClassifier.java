package org.nianbao.reconcile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * Picks the three template tables among all tables of a report by their signature labels, and
 * re-joins a template table the extractor split in two (a following table with the same columns
 * whose rows are template rows).
 */
final class TableClassifier {
  /** A table must show at least this many signature labels to take a role. */
  static final int MIN_SIGNATURE = 3;
  private static final double SIGNATURE_MIN_SCORE = 0.8;
  private static final double CONTINUATION_ROW_MIN_SCORE = 0.7;

  record Classification(Map<TableRole, JoinedTable> tables, Map<String, TableRole> roles) {}

  private TableClassifier() {}

  static Classification classify(List<Table> tables, TemplateCatalog catalog) {
    Map<TableRole, List<LabelMatcher.Profile>> signatures = new EnumMap<>(TableRole.class);
    signatures(catalog).forEach((role, labels) -> signatures.put(role, CellLabels.profiles(labels)));
    record Candidate(int index, TableRole role, int score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      CellLabels cells = CellLabels.of(tables.get(i));
      for (Map.Entry<TableRole, List<LabelMatcher.Profile>> s : signatures.entrySet()) {
        int score = cells.shown(s.getValue(), 4, SIGNATURE_MIN_SCORE);
        if (score >= MIN_SIGNATURE) {
          candidates.add(new Candidate(i, s.getKey(), score));
        }
      }
    }
    candidates.sort((a, b) -> a.score() != b.score()
        ? Integer.compare(b.score(), a.score()) : Integer.compare(a.index(), b.index()));
    Map<TableRole, Integer> chosen = new EnumMap<>(TableRole.class);
    Set<Integer> used = new HashSet<>();
    for (Candidate c : candidates) {
      if (!chosen.containsKey(c.role()) && !used.contains(c.index())) {
        chosen.put(c.role(), c.index());
        used.add(c.index());
      }
    }
    if (!chosen.containsKey(TableRole.REVIEWS_AND_LAWSUITS)) {
      // headers lost (e.g. OCR of a faint header): table 四 is still one row of exactly 15 figures
      for (int i = 0; i < tables.size(); i++) {
        if (!used.contains(i) && looksLikeReviewFigures(tables.get(i), catalog.reviews())) {
          chosen.put(TableRole.REVIEWS_AND_LAWSUITS, i);
          used.add(i);
          break;
        }
      }
    }
    Map<TableRole, JoinedTable> joined = new EnumMap<>(TableRole.class);
    Map<String, TableRole> roles = new LinkedHashMap<>();
    for (TableRole role : TableRole.values()) {
      Integer i = chosen.get(role);
      if (i == null) {
        continue;
      }
      JoinedTable jt = JoinedTable.of(tables.get(i));
      List<String> rowLabels = rowLabels(role, catalog);
      for (int j = i + 1; j < tables.size() && !rowLabels.isEmpty(); j++) {
        Table next = tables.get(j);
        // a piece on the next page may carry a single template row (the table broke before
        // its last row); elsewhere two are needed to call it a continuation
        int needed = startsOnNextPage(jt.grid(), next) ? 1 : 2;
        // table 二 is a stack of blocks, each with its own header row fixing its columns: a piece
        // that begins with a block of its own may have other columns (a table ruled only
        // horizontally, its columns taken from the text of each piece)
        boolean ownColumns = role == TableRole.ACTIVE_DISCLOSURE && startsWithBlock(next);
        if (role == TableRole.APPLICATIONS && !used.contains(j)
            && next.columnCount() != jt.grid().columnCount()) {
          // table 三's seven figure columns are the rightmost of both pieces
          Table realigned = ContinuationColumns.realign(next, jt.grid(),
              catalog.applications().columnKeys().size());
          next = realigned == null ? next : realigned;
        }
        if (used.contains(j) || next.columnCount() != jt.grid().columnCount() && !ownColumns
            || templateRows(next, rowLabels) < needed) {
          break;
        }
        jt = jt.append(next);
        used.add(j);
      }
      joined.put(role, jt);
      jt.tableIds().forEach(id -> roles.put(id, role));
    }
    return new Classification(joined, roles);
  }

  private static Map<TableRole, List<String>> signatures(TemplateCatalog catalog) {
    Map<TableRole, List<String>> out = new EnumMap<>(TableRole.class);
    List<String> active = new ArrayList<>();
    catalog.activeDisclosureForms().forEach(f -> f.signature().stream()
        .filter(s -> !active.contains(s)).forEach(active::add));
    out.put(TableRole.ACTIVE_DISCLOSURE, active);
    out.put(TableRole.APPLICATIONS, catalog.applications().signature());
    out.put(TableRole.REVIEWS_AND_LAWSUITS, catalog.reviews().signature());
    return out;
  }

  /** Whether the table's first row with text is a table 二 block title or header (第二十条, 信息内容). */
  static boolean startsWithBlock(Table t) {
    for (int r = 0; r < t.rowCount(); r++) {
      StringBuilder row = new StringBuilder();
      for (org.nianbao.model.Cell c : t.cells()) {
        if (c.row() == r && c.text() != null) {
          row.append(c.text());
        }
      }
      String text = LabelNormalizer.normalize(row.toString());
      if (!text.isBlank()) {
        return text.contains(LabelNormalizer.normalize("第二十条"))
            || text.contains(LabelNormalizer.normalize("信息内容"));
      }
    }
    return false;
  }

  /** Row labels a continuation piece may start with; table 四 has none (one figure row). */
  private static List<String> rowLabels(TableRole role, TemplateCatalog catalog) {
    List<String> out = new ArrayList<>();
    switch (role) {
      case APPLICATIONS -> catalog.applications().rows().forEach(r -> out.addAll(r.label().labels()));
      case ACTIVE_DISCLOSURE -> catalog.activeDisclosureForms().forEach(
          f -> f.items().forEach(i -> out.addAll(i.label().labels())));
      default -> { }
    }
    return out;
  }

  private static boolean looksLikeReviewFigures(Table t, ReviewsForm form) {
    if (t.rowCount() > 6) {
      return false;
    }
    int row = ReviewsReader.dataRow(t);
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      Cell cell = t.cellAt(row, c);
      if (cell != null && !cells.contains(cell)) {
        cells.add(cell);
      }
    }
    return cells.size() == form.figureCount()
        && cells.stream().allMatch(c -> NumberParser.parseCount(c.text()).readable())
        && cells.stream().anyMatch(c -> ApplicationsReader.isFigure(c.text()));
  }

  private static boolean startsOnNextPage(Table current, Table next) {
    List<Integer> pages = current.pages();
    return !pages.isEmpty() && !next.pages().isEmpty()
        && next.pages().get(0) == pages.get(pages.size() - 1) + 1;
  }

  private static int templateRows(Table t, List<String> rowLabels) {
    Set<Integer> rows = new HashSet<>();
    for (Cell c : t.cells()) {
      if (LabelNormalizer.hasIdeograph(c.text())
          && LabelMatcher.best(c.text(), rowLabels) >= CONTINUATION_ROW_MIN_SCORE) {
        rows.add(c.row());
      }
    }
    return rows.size();
  }
}
