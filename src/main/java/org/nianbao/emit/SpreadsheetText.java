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
    String t = withoutControls(s);
    if (t.isEmpty() || "=+-@\t\r".indexOf(t.charAt(0)) < 0) {
      return t;
    }
    return "'" + t;
  }

  /**
   * {@code s} without U+0000..U+0008, U+000B, U+000C, U+000E..U+001F and U+007F; {@code s}
   * itself when it has none (a regular expression per cell was most of writing figures.csv).
   */
  private static String withoutControls(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean drop = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
      if (drop && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!drop && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
