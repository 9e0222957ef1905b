package org.nianbao.model;

import java.time.LocalDate;

/**
 * Report-level fields. Any of them may be null when the document does not state it; {@code
 * template} is never null ({@link Template#UNKNOWN} instead).
 */
public record ReportInfo(
    String title, String organization, Integer year, Template template, LocalDate issuedOn) {

  public ReportInfo {
    if (template == null) {
      template = Template.UNKNOWN;
    }
  }

  public static ReportInfo empty() {
    return new ReportInfo(null, null, null, Template.UNKNOWN, null);
  }
}
