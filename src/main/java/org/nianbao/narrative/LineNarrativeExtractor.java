package org.nianbao.narrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.load.TextLine;
import org.nianbao.model.Warning;
import org.nianbao.model.WarningCode;

/** Title and organisation from the head, date from the signature block, sections between. */
public final class LineNarrativeExtractor implements NarrativeExtractor {
  private static final String PAGE_NUMBER = "(?U)[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?[-—–\\s]*";
  private static final java.util.regex.Pattern LEADING_MARKS =
      java.util.regex.Pattern.compile("^[，,、。.：:；;·'\"‘’“”]+");
  private final TitleBlock titles = new TitleBlock();
  private final SectionSplitter sections = new SectionSplitter();
  private final SignatureBlock signatures = new SignatureBlock();
  private final PlaceNames places;

  /** Without a place-name check (every page taken as read). */
  public LineNarrativeExtractor() {
    this(null);
  }

  /** With OCRed organisations checked against the gazetteer of administrative divisions. */
  public LineNarrativeExtractor(PlaceNames places) {
    this.places = places;
  }

  @Override
  public Narrative extract(List<TextLine> linesOutsideTables) {
    return extract(linesOutsideTables, java.util.Set.of());
  }

  @Override
  public Narrative extract(List<TextLine> linesOutsideTables, java.util.Set<Integer> ocrPages) {
    List<TextLine> lines = new ArrayList<>(linesOutsideTables);
    lines.removeIf(l -> TitleBlock.compact(l.text()).isEmpty() || l.text().matches(PAGE_NUMBER));
    lines.sort(
        Comparator.comparingInt(TextLine::page)
            .thenComparingDouble(l -> Math.round(l.bbox().top()))
            .thenComparingDouble(l -> l.bbox().left()));
    int first = sections.firstHeading(lines);
    List<TextLine> head = lines.subList(0, Math.min(first, lines.size()));
    boolean ocr = lines.stream().anyMatch(l -> ocrPages.contains(l.page()));
    TitleBlock.Title title = titles.find(head, TitleBlock.Layout.of(lines),
        !head.isEmpty() && ocrPages.contains(head.get(0).page()));
    SignatureBlock.Signature sig = signatures.find(lines, ocrPages);
    int end = sig == null ? lines.size() : Math.max(sig.firstLine(), Math.min(first, lines.size()));
    String fromTitle = title == null ? null : title.organization();
    String lineAbove = title == null ? null : title.lineAbove();
    String signed = sig == null ? null : sig.organization();
    TitleBlock.Layout layout = TitleBlock.Layout.of(lines);
    List<String> candidates = new ArrayList<>(java.util.Arrays.asList(fromTitle, lineAbove, signed));
    String opening = openingText(lines, title);
    OpeningNames.find(opening).stream().distinct().forEach(candidates::add);
    if (ocr) {
      String text = joined(lines);
      List<String> printed = new ArrayList<>(candidates);
      candidates.replaceAll(c -> IssuingBody.withoutStrayLead(c, printed, text));
    }
    // only the display copies are probes for the vote: an opening name is often a related, shorter
    // name (…人民政府 in a report of …人民政府办公室), which the running text then outvotes
    String chosen = IssuingBody.choose(candidates);
    String org = IssuingBody.corrected(chosen, candidates.subList(0, 3), lines, layout);
    String unsettled = ocr ? IssuingBody.unsettled(chosen, candidates.subList(0, 3), lines, layout)
        : null;
    // a stray mark OCR puts before a display line (，岳阳市…) is no part of a name or a title
    org = org == null ? null : LEADING_MARKS.matcher(org).replaceFirst("");
    String titleText = title == null ? null : LEADING_MARKS.matcher(title.text()).replaceFirst("");
    List<Warning> warnings = new ArrayList<>();
    if (title != null && title.repaired()) {
      warnings.add(new Warning(WarningCode.TITLE_REPAIRED, null, "report.title",
          "the title's prescribed ending " + TitleBlock.SUFFIX + " was read damaged (one"
              + " character lost or misread, or stray glyphs after it) and is restored"));
    }
    if (ocr) {
      titleText = withoutStrayLead(titleText, fromTitle, candidates.get(0));
      titleText = spelledAsVoted(titleText, candidates.get(0), org);
      titleText = withDroppedPlace(titleText, title, fromTitle, org, layout);
    }
    String voted = org;
    boolean fromGazetteer = false;
    if (places != null && org != null && ocr) {
      // a text layer spells names as printed; only OCR readings are checked
      List<String> printed = candidates.stream()
          .map(c -> java.util.Objects.requireNonNullElse(c, "")).toList();
      List<String> copies = copiesOf(org, printed, lines);
      PlaceNames.Repair repair = places.repair(org, copies).orElse(null);
      if (repair != null) {
        if (titleText != null) {
          titleText = titleText.replace(org, repair.organization());
        }
        org = repair.organization();
        warnings.add(new Warning("ORGANIZATION_REPAIRED", null, repair.reason()));
        String place = places.listedAtStart(org);
        fromGazetteer = place != null && copies.stream().anyMatch(c -> c.startsWith(place));
      }
    }
    // a character every copy reads differently is not read, unless the gazetteer settles it with
    // a copy that spells a listed place there (赣州市 among 竟/闵/闽州市); a look-alike found in
    // the gazetteer alone is no reading of this character
    if (unsettled != null && org != null && !fromGazetteer) {
      warnings.add(new Warning(WarningCode.FIELD_UNREADABLE, null, "report.organization",
          "the copies of the organisation's name (read " + voted + ") disagree on one character ("
              + unsettled + ") with no reading in the majority: organization is null"));
      org = null;
    }
    LocalDate issued = sig == null ? null : sig.date();
    Integer year =
        ReportYear.vote(title != null && title.year() != null ? title.year() : OpeningNames.year(opening),
            TitleBlock.periodYears(head), issued);
    LocalDate issuedOn = ReportYear.consistentIssueDate(year, issued);
    if (sig != null && sig.unreadDate() != null) {
      warnings.add(new Warning(WarningCode.FIELD_UNREADABLE, null,
          "report.issuedOn", "the signature's date line reads '" + sig.unreadDate()
              + "', which does not read surely as one date: issuedOn is null"));
    } else if (issued != null && issuedOn == null) {
      warnings.add(new Warning(WarningCode.FIELD_UNREADABLE, null,
          "report.issuedOn", "the signature's date " + issued + " is neither in the report year "
              + year + " nor the next: issuedOn is null"));
    }
    warnings.addAll(notFound(lines, ocrPages, titleText, org, issuedOn, warnings));
    return new Narrative(
        titleText,
        org,
        year,
        issuedOn,
        sections.split(lines, end),
        warnings);
  }

  /**
   * A warning for each report field left null where the page that prints it was read by OCR: a
   * text layer that prints no date has none, but OCR can garble a printed one past recognition
   * (a date line read with no 年 or 月), and a null must then say so. The title and organisation
   * are looked for on the first page, the date on the last.
   */
  static List<Warning> notFound(List<TextLine> lines, java.util.Set<Integer> ocrPages, String title,
      String organization, LocalDate issuedOn, List<Warning> already) {
    List<Warning> out = new ArrayList<>();
    if (lines.isEmpty()) {
      return out;
    }
    boolean headByOcr = ocrPages.contains(lines.get(0).page());
    boolean tailByOcr = ocrPages.contains(lines.get(lines.size() - 1).page());
    java.util.Set<String> warned = new java.util.HashSet<>();
    already.forEach(w -> warned.add(w.path()));
    int firstPage = lines.get(0).page();
    int lastPage = lines.get(lines.size() - 1).page();
    if (headByOcr && title == null && !warned.contains("report.title")) {
      out.add(notFound("report.title", firstPage, "at the head of the first page"));
    }
    if (headByOcr && organization == null && !warned.contains("report.organization")) {
      out.add(notFound("report.organization", firstPage,
          "in the title, the opening or the signature"));
    }
    if (tailByOcr && issuedOn == null && !warned.contains("report.issuedOn")) {
      out.add(notFound("report.issuedOn", lastPage, "in the signature block of the last page"));
    }
    return out;
  }

  private static Warning notFound(String path, int page, String where) {
    return new Warning(WarningCode.FIELD_NOT_FOUND, page, path,
        path + " not found " + where + ", which was read by OCR: it is null");
  }

  /**
   * The title with its copy of the organisation spelled as the vote over all copies spells it: the
   * large display title is the copy OCR misreads most (了阳市 for 襄阳市 while the body reads
   * 襄阳市), and the title is the same name. Only a same-length copy a few substitutions away is
   * respelled; a different name (the title's 人民政府 for the signature's 办公室) is left.
   */
  static String spelledAsVoted(String title, String fromTitle, String org) {
    if (title == null || fromTitle == null || org == null || fromTitle.equals(org)
        || fromTitle.length() != org.length() || !title.contains(fromTitle)) {
      return title;
    }
    int diff = 0;
    for (int i = 0; i < org.length(); i++) {
      diff += org.charAt(i) == fromTitle.charAt(i) ? 0 : 1;
    }
    return diff <= Math.max(1, org.length() / 4) ? title.replace(fromTitle, org) : title;
  }

  /**
   * The title with the place OCR dropped from the start of its centred first line restored: the
   * title names the unit alone (审计局关于…) while the organisation chosen is that unit under its
   * place (宜昌市审计局), and the line sits off centre by the width of exactly those glyphs
   * (its left inset exceeds its right one by the place's length in ems, within one em). A title
   * printed without its place is centred and keeps its text.
   */
  static String withDroppedPlace(String titleText, TitleBlock.Title title, String fromTitle,
      String org, TitleBlock.Layout layout) {
    if (titleText == null || title == null || title.first() == null || fromTitle == null
        || org == null || org.length() <= fromTitle.length() || !org.endsWith(fromTitle)
        || !titleText.startsWith(fromTitle)) {
      return titleText;
    }
    String place = org.substring(0, org.length() - fromTitle.length());
    TextLine first = title.first();
    double em = Math.max(first.fontSize(), 6);
    double surplus = (first.bbox().left() - layout.left()) - (layout.right() - first.bbox().right());
    return Math.abs(surplus - place.length() * em) <= em ? place + titleText : titleText;
  }

  /**
   * The title without the stray character OCR put before its copy of the organisation, when the
   * vote dropped it from that copy ({@link IssuingBody#withoutStrayLead}).
   */
  static String withoutStrayLead(String title, String fromTitle, String kept) {
    if (title == null || fromTitle == null || kept == null || fromTitle.equals(kept)
        || !fromTitle.endsWith(kept) || fromTitle.length() != kept.length() + 1) {
      return title;
    }
    return title.replace(fromTitle, kept);
  }

  private static String joined(List<TextLine> lines) {
    StringBuilder all = new StringBuilder();
    lines.forEach(l -> all.append(TitleBlock.compact(l.text())));
    return all.toString();
  }

  /** The text after the title, whose first sentences may name the organisation and year. */
  private static String openingText(List<TextLine> lines, TitleBlock.Title title) {
    StringBuilder all = new StringBuilder();
    lines.forEach(l -> all.append(TitleBlock.compact(l.text())));
    String text = all.toString();
    int at = title == null ? -1 : text.indexOf(title.text());
    return at < 0 ? text : text.substring(at + title.text().length());
  }

  /** The printed sources and the approximate occurrences of the name in the running text. */
  private static List<String> copiesOf(String org, List<String> sources, List<TextLine> lines) {
    StringBuilder all = new StringBuilder();
    lines.forEach(l -> all.append(TitleBlock.compact(l.text())));
    List<String> copies = new ArrayList<>(sources);
    for (int[] m : Consensus.find(org, all.toString(), Math.max(1, org.length() / 4))) {
      copies.add(all.substring(m[0], m[1]));
    }
    return copies;
  }
}
