package org.nianbao.model;

/**
 * The fixed set of warning codes (the schema enumerates the same names; a test keeps the two in
 * step). Codes are stable: add new ones, never rename or drop one without a schema version bump.
 */
public enum WarningCode {
  LOW_CONFIDENCE("a figure was read by OCR with confidence below 0.9; check it on the page"),
  UNREADABLE_VALUE("a figure cell could not be read as a number; the value is null"),
  UNREADABLE_CELL("OCR could not read a cell at all"),
  MISSING_ROW("a template row was not found in its table; its figures are null"),
  MISSING_COLUMN("a template column was not found in its table; its figures are null"),
  MISSING_TABLE("a template table was not found; its group is empty"),
  NOT_PRINTED("the report does not print this row (local variant); its figures are null"),
  HEADER_FALLBACK("the table's header could not be read; columns were taken in template order"),
  ROW_PLACED_BY_ORDER("a row whose label could not be read was placed by its position between"
      + " known rows; its figures carry lowered confidence"),
  SIGN_UNCERTAIN("a figure in a signed column may have lost its minus sign on the scan"),
  CORRECTED_BY_CHECKS("an OCR reading was replaced by the only value the checks allow"),
  CORRECTION_AMBIGUOUS("a failed check involves uncertain readings but no single correction fits"),
  CHECK_SKIPPED("a check could not be evaluated (a figure it needs is null)"),
  ORGANIZATION_REPAIRED("an OCRed organisation name was repaired against the gazetteer"),
  TITLE_REPAIRED("an OCRed title's prescribed ending (政府信息公开工作年度报告) was read damaged (one"
      + " character, or stray glyphs after it) and was restored"),
  FIELD_UNREADABLE("a report field (the issue date, the organisation) is printed but could not be read surely; it"
      + " is null"),
  FIELD_NOT_FOUND("a report field was not found on pages read by OCR; it may be printed and"
      + " misread beyond recognition: it is null"),
  NOT_A_REPORT("no template table and no report title: the document is not an annual report"),
  OCR_UNAVAILABLE("a page needs OCR but no OCR engine is installed or configured"),
  OCR_SKIPPED("a page needs OCR but OCR is switched off"),
  OCR_FAILED("OCR of a page failed; the page is left unread"),
  NO_TEXT_LAYER("a page has no text layer"),
  PAGE_UNREADABLE("a page's content could not be read"),
  PAGE_TOO_LARGE("a page image is larger than the limit and was not decoded"),
  TABLE_EXTRACTION_FAILED("table extraction failed on a page; its tables are missing");

  private final String description;

  WarningCode(String description) {
    this.description = description;
  }

  /** What the warning means, for documentation and tools. */
  public String description() {
    return description;
  }
}
