package org.nianbao.narrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report year from its printed copies: the title's year, the years of the statistics period
 * (自2023年1月1日起至2023年12月31日止) and the issue date's year minus one (the report for year Y
 * is issued in Y+1). The year most copies name wins when it has a strict majority; copies that
 * conflict without a majority give null, never a pick. The issue date is dropped when its year
 * is neither the report year nor the next.
 */
final class ReportYear {
  private ReportYear() {}

  static Integer vote(Integer title, List<Integer> period, LocalDate issued) {
    List<Integer> votes = new ArrayList<>();
    if (title != null) {
      votes.add(title);
    }
    votes.addAll(period);
    if (issued != null) {
      votes.add(issued.getYear() - 1);
    }
    for (Integer y : votes) {
      long n = votes.stream().filter(y::equals).count();
      if (2 * n > votes.size()) {
        return y;
      }
    }
    return null;
  }

  static LocalDate consistentIssueDate(Integer year, LocalDate issued) {
    if (year == null || issued == null) {
      return issued;
    }
    int y = issued.getYear();
    return y == year || y == year + 1 ? issued : null;
  }
}
