package org.nianbao.emit;

import java.util.Locale;

/** The built-in formats for a run's combined outputs, with their default file names. */
public enum OutputFormat {
  /** Every report's canonical JSON, one document per line. */
  JSON_LINES("reports.jsonl", new JsonLinesWriter()),
  /** Every figure of every report as one long table (UTF-8 CSV with BOM, opens in Excel/WPS). */
  FIGURES_CSV("figures.csv", new FiguresCsvWriter()),
  /** A workbook with sheets of figures, reports and failed checks (Excel, WPS, LibreOffice). */
  XLSX("nianbao.xlsx", new WorkbookWriter());

  private final String fileName;
  private final ReportsWriter writer;

  OutputFormat(String fileName, ReportsWriter writer) {
    this.fileName = fileName;
    this.writer = writer;
  }

  public String fileName() {
    return fileName;
  }

  public ReportsWriter writer() {
    return writer;
  }

  /** Parses {@code json-lines}, {@code figures-csv}, {@code xlsx} in any case, with - or _. */
  public static OutputFormat parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
