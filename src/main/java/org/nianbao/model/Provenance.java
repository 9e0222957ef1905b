package org.nianbao.model;

import java.time.Instant;

/**
 * Where one value of {@link Data} came from.
 *
 * @param table table id, null for derived values
 * @param row grid row in that table, null when not from one cell
 * @param column grid column in that table
 * @param page 1-based page of the cell
 * @param raw the text as read, before normalisation (kept for corrected values too; for a
 *     reviewed value, the extracted value the reviewer replaced)
 * @param confidence 0..1, null when not applicable
 * @param reviewer who set a {@link ValueSource#REVIEWED} value, else null
 * @param reviewedAt when it was set, else null
 */
public record Provenance(
    String table, Integer row, Integer column, Integer page, ValueSource source, String raw,
    Double confidence, String reviewer, Instant reviewedAt) {

  public Provenance(String table, Integer row, Integer column, Integer page, ValueSource source,
      String raw, Double confidence) {
    this(table, row, column, page, source, raw, confidence, null, null);
  }

  public static Provenance derived() {
    return derived(null);
  }

  /** A derived value whose confidence is that of its least sure part (null: not applicable). */
  public static Provenance derived(Double confidence) {
    return new Provenance(null, null, null, null, ValueSource.DERIVED, null, confidence);
  }

  /** This cell's provenance as set by a reviewer: same place, the extracted value kept as raw. */
  public Provenance reviewed(String extracted, String by, Instant at) {
    return new Provenance(table, row, column, page, ValueSource.REVIEWED, extracted, confidence,
        by, at);
  }
}
