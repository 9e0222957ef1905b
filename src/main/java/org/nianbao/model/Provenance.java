package org.nianbao.model;

/**
 * Where one value of {@link Data} came from.
 *
 * @param table table id, null for derived values
 * @param row grid row in that table, null when not from one cell
 * @param column grid column in that table
 * @param page 1-based page of the cell
 * @param raw the text as read, before normalisation (kept for corrected values too)
 * @param confidence 0..1, null when not applicable
 */
public record Provenance(
    String table, Integer row, Integer column, Integer page, ValueSource source, String raw,
    Double confidence) {

  public static Provenance derived() {
    return new Provenance(null, null, null, null, ValueSource.DERIVED, null, null);
  }
}
