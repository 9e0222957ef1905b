package org.nianbao.emit;

/** Text for cells of CSV files that spreadsheets open. */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  /**
   * A text field as a spreadsheet shows it: one that Excel or WPS would take for a formula (first
   * character =, +, -, @, tab or CR; file names and organisations come from untrusted documents)
   * gets a leading apostrophe, which both show as text (OWASP, CSV injection). Control characters
   * other than tab, CR and LF (a NUL from a damaged document) are dropped. Figures are numbers
   * and never pass through here.
   */
  public static String inert(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    if (t.isEmpty() || "=+-@\t\r".indexOf(t.charAt(0)) < 0) {
      return t;
    }
    return "'" + t;
  }
}
