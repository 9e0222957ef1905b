package org.nianbao.reconcile;

import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.model.Warning;

/**
 * Whether a document is a disclosure report at all. A policy file or a work report downloaded by
 * mistake has none of the three template tables and no title of a disclosure report; such a
 * document gets template {@code unknown} and the warning {@code NOT_A_REPORT}. One template table
 * or a report title suffices to keep a document a report (its missing parts are then warned
 * about one by one).
 */
public final class ReportKind {
  public static final String NOT_A_REPORT = "NOT_A_REPORT";
  private static final Pattern REPORT = Pattern.compile(".*(报告|年报).*");
  /** 政府工作报告 or 关于…建设情况的报告 are reports, but not disclosure reports. */
  private static final Pattern DISCLOSURE = Pattern.compile(".*(公开|年度报告|年报).*");

  private ReportKind() {}

  /** Whether a title names a disclosure report (政府信息公开工作年度报告, …年度报告, 年报). */
  public static boolean reportTitle(String title) {
    return title != null && REPORT.matcher(title).matches()
        && DISCLOSURE.matcher(title).matches();
  }

  /** Page warnings that say a page was not read: its tables and title may be there unseen. */
  private static final java.util.Set<String> UNREAD = java.util.Set.of(
      "OCR_SKIPPED", "OCR_UNAVAILABLE", "PAGE_UNREADABLE", "TABLE_EXTRACTION_FAILED");

  /**
   * The NOT_A_REPORT warning when no template table was found and the title names no report, on
   * a document whose pages were all read (a scan with OCR off is unread, not a non-report).
   */
  public static Optional<Warning> check(Reconciliation rec, String title,
      java.util.List<Warning> pageWarnings) {
    if (!rec.roles().isEmpty() || reportTitle(title)
        || pageWarnings.stream().anyMatch(w -> UNREAD.contains(w.code()))) {
      return Optional.empty();
    }
    return Optional.of(new Warning(NOT_A_REPORT, null, "none of the template tables 二, 三, 四 "
        + "and no report title found" + (title == null ? "" : " (title read: " + title + ")")
        + "; the document is not a disclosure report"));
  }
}
