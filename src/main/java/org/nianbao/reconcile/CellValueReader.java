package org.nianbao.reconcile;

import org.nianbao.model.Cell;
import org.nianbao.model.Provenance;
import org.nianbao.model.ValueSource;

/** Reads one figure cell into a value with its provenance, warning on what cannot be trusted. */
final class CellValueReader {
  static final double LOW_CONFIDENCE = 0.9;
  /** Confidence of an OCR'd figure printed as digit groups apart. */
  static final double JOINED_GROUPS = 0.5;
  private static final java.util.regex.Pattern SPLIT_DIGITS =
      java.util.regex.Pattern.compile("\\d\\s+[-+−—–]?\\d");

  /** The field of a figure that may be negative (table 二's 本年增/减). */
  static final String SIGNED_FIELD = "change";
  /** A whole figure after a wave dash, which OCR gives for a short minus sign. */
  private static final java.util.regex.Pattern WAVE_MINUS =
      java.util.regex.Pattern.compile("[~～〜∼][0-9]+");
  /** Confidence of a figure whose minus sign was read as a wave dash. */
  static final double WAVE_MINUS_CONFIDENCE = 0.8;

  private CellValueReader() {}

  /**
   * Reads the cell covering (row, column) of the joined grid (empty when no cell covers it) and
   * records it under item.field.
   */
  static void read(JoinedTable t, int row, int column, boolean money, String item, String field,
      Findings out) {
    Cell cell = t.grid().cellAt(row, column);
    String raw = cell == null ? "" : cell.text();
    int cellRow = cell == null ? row : cell.row();
    int cellColumn = cell == null ? column : cell.column();
    Integer page = cell == null ? null : cell.page();
    Double confidence = cell == null ? null : cell.confidence();
    ParsedNumber n = money ? NumberParser.parseMoneyWanYuan(raw) : NumberParser.parseCount(raw);
    ValueSource source = n.blank() ? ValueSource.BLANK_AS_ZERO : t.sourceAt(cellRow);
    if (source == ValueSource.OCR && !n.readable() && SIGNED_FIELD.equals(field)
        && WAVE_MINUS.matcher(raw.strip()).matches()) {
      // a minus sign read as a wave dash (~13) in a signed column (本年增/减): the figure is
      // negative, but the sign is a guess from its shape, so it is doubtful
      n = NumberParser.parseCount("-" + raw.strip().substring(1));
      confidence = Math.min(confidence == null ? 1.0 : confidence, WAVE_MINUS_CONFIDENCE);
    }
    if (source == ValueSource.OCR && n.readable() && SPLIT_DIGITS.matcher(raw).find()
        && (confidence == null || confidence >= LOW_CONFIDENCE)) {
      // digit groups apart in one OCR'd cell ("5 1129"): two columns' figures read as one
      // cell when the column boundary between them was not found; the joined number is a guess
      confidence = JOINED_GROUPS;
    }
    Provenance p = new Provenance(t.tableIdAt(cellRow), t.originalRow(cellRow), cellColumn, page,
        source, raw, confidence);
    String path = out.path(item, field);
    if (!n.readable()) {
      out.warn("UNREADABLE_VALUE", page, path,
          path + ": cannot read '" + raw + "' as a " + (money ? "amount" : "count") + "; left null");
    }
    if (confidence != null && confidence < LOW_CONFIDENCE) {
      out.warn("LOW_CONFIDENCE", page, path,
          path + ": '" + raw + "' read with confidence " + String.format("%.2f", confidence));
    }
    out.put(item, field, n.value(), p);
  }
}
