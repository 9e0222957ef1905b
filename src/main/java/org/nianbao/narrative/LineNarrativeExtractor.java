package org.nianbao.narrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.load.TextLine;

/** Title and organisation from the head, date from the signature block, sections between. */
public final class LineNarrativeExtractor implements NarrativeExtractor {
  private static final String PAGE_NUMBER = "(?U)[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?[-—–\\s]*";
  private final TitleBlock titles = new TitleBlock();
  private final SectionSplitter sections = new SectionSplitter();
  private final SignatureBlock signatures = new SignatureBlock();

  @Override
  public Narrative extract(List<TextLine> linesOutsideTables) {
    List<TextLine> lines = new ArrayList<>(linesOutsideTables);
    lines.removeIf(l -> TitleBlock.compact(l.text()).isEmpty() || l.text().matches(PAGE_NUMBER));
    lines.sort(
        Comparator.comparingInt(TextLine::page)
            .thenComparingDouble(l -> Math.round(l.bbox().top()))
            .thenComparingDouble(l -> l.bbox().left()));
    int first = sections.firstHeading(lines);
    List<TextLine> head = lines.subList(0, Math.min(first, lines.size()));
    TitleBlock.Title title = titles.find(head, TitleBlock.Layout.of(lines));
    SignatureBlock.Signature sig = signatures.find(lines);
    int end = sig == null ? lines.size() : Math.max(sig.firstLine(), Math.min(first, lines.size()));
    String fromTitle = title == null ? null : title.organization();
    String lineAbove = title == null ? null : title.lineAbove();
    String signed = sig == null ? null : sig.organization();
    TitleBlock.Layout layout = TitleBlock.Layout.of(lines);
    String org =
        IssuingBody.corrected(
            IssuingBody.choose(fromTitle, lineAbove, signed),
            java.util.Arrays.asList(fromTitle, lineAbove, signed),
            lines,
            layout);
    LocalDate issued = sig == null ? null : sig.date();
    Integer year =
        ReportYear.vote(title == null ? null : title.year(), TitleBlock.periodYears(head), issued);
    return new Narrative(
        title == null ? null : title.text(),
        org,
        year,
        ReportYear.consistentIssueDate(year, issued),
        sections.split(lines, end));
  }
}
