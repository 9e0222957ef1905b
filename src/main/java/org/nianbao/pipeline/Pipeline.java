package org.nianbao.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.ErrorCode;
import org.nianbao.ExtractionTimeoutException;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.classify.PageClass;
import org.nianbao.extract.PageReading;
import org.nianbao.extract.image.ImagePageReader;
import org.nianbao.load.LoadedDocument;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.PageLimits;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.Report;
import org.nianbao.model.ReportInfo;
import org.nianbao.model.SourceInfo;
import org.nianbao.model.Table;
import org.nianbao.model.TextSource;
import org.nianbao.model.Warning;
import org.nianbao.narrative.Narrative;
import org.nianbao.reconcile.CellAlternatives;
import org.nianbao.reconcile.Reconciliation;
import org.nianbao.reconcile.ReportKind;

/**
 * Runs the stages on one document: load, classify each page, read its tables (text layer or
 * image), join tables over page breaks, read the narrative, reconcile to the template. Each stage
 * is an interface so library users can swap one; {@link DefaultStages#create} wires the built-ins.
 */
public final class Pipeline {

  private final Stages stages;

  public Pipeline(Stages stages) {
    this.stages = Objects.requireNonNull(stages);
  }

  /**
   * Extracts one document.
   *
   * @param fileName the name to report as {@code source.file}
   */
  public Report run(Path pdf, Options options, String fileName) throws NianbaoException {
    Deadline deadline = Deadline.after(options.timeout());
    try (LoadedDocument doc = stages.loader().load(pdf, options.password().orElse(null),
        options.sourceSha256().orElse(null))) {
      if (options.maxPages() > 0 && doc.pageCount() > options.maxPages()) {
        throw new NianbaoException(
            ErrorCode.TOO_MANY_PAGES,
            doc.pageCount() + " pages, limit is " + options.maxPages());
      }
      return run(doc, options, deadline, fileName);
    } catch (java.io.UncheckedIOException e) {
      throw new NianbaoException(
          ErrorCode.CORRUPT_PDF, "PDF content cannot be read: " + describe(e.getCause()), e);
    } catch (RuntimeException | StackOverflowError e) {
      // A stage that trips over a malformed document must not take a batch down with it.
      throw new NianbaoException(
          ErrorCode.INTERNAL, "failed on " + fileName + ": " + describe(e), e);
    } catch (java.io.IOException e) {
      throw new NianbaoException(ErrorCode.IO_ERROR, "cannot close " + pdf + ": " + e.getMessage(), e);
    }
  }

  private Report run(LoadedDocument doc, Options options, Deadline deadline, String fileName)
      throws NianbaoException {
    List<LoadedPage> pages = doc.pages();
    OcrQueue ocr = new OcrQueue(options);
    List<PageSlot> slots = new ArrayList<>();
    try {
      for (LoadedPage page : pages) {
        deadline.check(page.number());
        slots.add(firstPass(page, options, ocr));
      }
      List<PageReading> readings = new ArrayList<>();
      for (PageSlot slot : slots) {
        readings.add(slot.await(deadline));
        options.pageListener().pageRead(readings.size(), slots.size());
      }
      recutContinuations(pages, readings, options, deadline);
      return assemble(doc, fileName, readings);
    } finally {
      ocr.cancelAll();
    }
  }

  /**
   * A scanned page whose top table continues the last table of the page before (its first row
   * with text is a row of figures, not a header; no words between the two) but was cut into
   * fewer columns is
   * read again, that table cut on the columns of the piece before: a table ruled only
   * horizontally takes its columns from the text of each page, and a continuation's rows may
   * show other gaps (a figure column blank all down the page, a label reaching over it). The
   * second reading is kept when its top table then has the first piece's columns.
   */
  private void recutContinuations(List<LoadedPage> pages, List<PageReading> readings,
      Options options, Deadline deadline) throws ExtractionTimeoutException {
    if (stages.imageReader().isEmpty()) {
      return;
    }
    ImagePageReader reader = stages.imageReader().get();
    for (int i = 1; i < readings.size() && i < pages.size(); i++) {
      PageReading before = readings.get(i - 1);
      PageReading here = readings.get(i);
      if (before.info().textSource() != TextSource.OCR
          || here.info().textSource() != TextSource.OCR) {
        continue;
      }
      Table last = edgeTable(before.tables(), false);
      Table top = edgeTable(here.tables(), true);
      // a continuation cut on its own text loses a column where its rows show no gap (a figure
      // column blank all down the page, a label reaching over it); one showing more columns
      // than the piece before is cut better than that piece (a header stub at a page's foot)
      if (last == null || top == null || top.columnCount() >= last.columnCount()
          || !startsWithFigures(top) && !startsWithBlankRow(top)
          || wordsBeyond(before.linesOutsideTables(), bottom(last), false)
          || wordsBeyond(here.linesOutsideTables(), top(top), true)) {
        continue; // words after the table or before the next: a heading, a note, a new table
      }
      org.nianbao.extract.image.ColumnHint hint = org.nianbao.extract.image.ColumnHint.of(last);
      if (hint == null || !hint.fits(width(top))) {
        continue; // not the same table (a landscape page, another table's width)
      }
      deadline.check(pages.get(i).number());
      PageReading again;
      try {
        again = reader.read(reader.prepare(pages.get(i), options), options, hint);
      } catch (IOException | RuntimeException e) {
        continue; // the first reading stands
      }
      Table recut = edgeTable(again.tables(), true);
      if (recut != null && recut.columnCount() == last.columnCount()
          && again.tables().size() == here.tables().size()
          && (startsWithFigures(top) || startsAsBodyOf(recut, last))) {
        readings.set(i, again);
      }
    }
  }

  /**
   * Whether a line of words (a page number has none) lies above {@code y} ({@code above}) or
   * below it: the table at {@code y} is then not carried straight over the page break.
   */
  private static boolean wordsBeyond(List<TextLine> lines, double y, boolean above) {
    for (TextLine l : lines) {
      double mid = (l.bbox().top() + l.bbox().bottom()) / 2;
      if ((above ? mid < y : mid > y) && l.text().codePoints().anyMatch(
          cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        return true;
      }
    }
    return false;
  }

  private static double top(Table t) {
    BBox b = t.bounds();
    return b == null ? 0 : b.top();
  }

  private static double bottom(Table t) {
    BBox b = t.bounds();
    return b == null ? 0 : b.bottom();
  }

  /** A table's width in points, from its cells' boxes. */
  private static double width(Table t) {
    BBox b = t.bounds();
    return b == null ? 0 : b.width();
  }

  /** The page's topmost table ({@code top}) or its lowest, by the cells' boxes. */
  private static Table edgeTable(List<Table> tables, boolean top) {
    Table best = null;
    double bestY = 0;
    for (Table t : tables) {
      for (var c : t.cells()) {
        if (c.bbox() == null) {
          continue;
        }
        double y = top ? c.bbox().top() : c.bbox().bottom();
        if (best == null || (top ? y < bestY : y > bestY)) {
          best = t;
          bestY = y;
        }
      }
    }
    return best;
  }

  /** Whether the table's first row with text holds a figure (a carried row, not a header). */
  static boolean startsWithFigures(Table t) {
    for (int r = 0; r < t.rowCount(); r++) {
      boolean text = false;
      for (var c : t.cellsStartingInRow(r)) {
        String s = c.text() == null ? "" : c.text().strip();
        // a figure, perhaps with its unit (16件, 8.32万元); not a numbered label (1.属于…)
        if (s.matches("[0-9][0-9.,]*[^0-9.,]{0,2}")) {
          return true;
        }
        text |= !s.isEmpty();
      }
      if (text) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the table's first row with text holds only a label, blank cells after it to the
   * right edge (two or more): a row of a table whose zeros are printed blank, carried over a page
   * break (table 三's 7．属于行政执法案卷 at the top of a page), not a header, whose heads stand
   * over the figure columns.
   */
  static boolean startsWithBlankRow(Table t) {
    for (int r = 0; r < t.rowCount(); r++) {
      int lastText = -1;
      boolean blankBetween = false;
      int end = -1;
      for (var c : t.cellsStartingInRow(r).stream()
          .sorted(java.util.Comparator.comparingInt(Cell::column)).toList()) {
        boolean text = c.text() != null && !c.text().isBlank();
        if (text && end > lastText && lastText >= 0) {
          blankBetween = true; // a head after a blank cell: a header row
        }
        if (text) {
          lastText = c.column() + c.columnSpan() - 1;
        }
        end = Math.max(end, c.column() + c.columnSpan() - 1);
      }
      if (lastText >= 0) {
        return !blankBetween && end == t.columnCount() - 1 && end - lastText >= 2;
      }
    }
    return false;
  }

  /** A figure (not a numbered label's number, 7．). */
  private static final String FIGURE = "[0-9]+([.,][0-9]+)*";

  /** A zero printed as a mark. */
  private static final String ZERO_MARK = "[-−—–/／]";

  /**
   * Whether {@code recut}, cut on the columns of {@code before}, begins as a body row of that
   * table: its first row with text holds words only in the label columns of {@code before}
   * (left of its first column holding a figure) and in the figure columns only figures or
   * nothing. A header cut on those columns puts its heads over the figure columns.
   */
  static boolean startsAsBodyOf(Table recut, Table before) {
    int figures = Integer.MAX_VALUE;
    for (Cell c : before.cells()) {
      if (c.text() != null && c.text().strip().matches(FIGURE)) {
        figures = Math.min(figures, c.column());
      }
    }
    if (figures == Integer.MAX_VALUE || figures == 0) {
      return false;
    }
    for (int r = 0; r < recut.rowCount(); r++) {
      boolean text = false;
      boolean label = false;
      for (Cell c : recut.cellsStartingInRow(r)) {
        String s = c.text() == null ? "" : c.text().strip();
        if (s.isEmpty()) {
          continue;
        }
        text = true;
        if (c.column() + c.columnSpan() - 1 >= figures) {
          if (c.column() < figures || !s.matches(FIGURE) && !s.matches(ZERO_MARK)) {
            return false; // words over the figure columns: a header
          }
        } else {
          label = true;
        }
      }
      if (text) {
        return label;
      }
    }
    return false;
  }

  private Report assemble(LoadedDocument doc, String fileName, List<PageReading> readings) {
    List<Warning> warnings = new ArrayList<>();
    List<PageInfo> pageInfos = new ArrayList<>();
    List<Table> pageTables = new ArrayList<>();
    List<TextLine> narrativeLines = new ArrayList<>();
    Map<CellKey, List<String>> alternatives = new HashMap<>();
    for (PageReading r : readings) {
      pageInfos.add(r.info());
      pageTables.addAll(r.tables());
      narrativeLines.addAll(r.linesOutsideTables());
      warnings.addAll(r.warnings());
      r.alternatives().forEach((box, alts) -> alternatives.put(new CellKey(r.info().number(), box), alts));
    }
    List<Table> tables = stages.joiner().join(pageTables, doc.pages());
    java.util.Set<Integer> ocrPages = new java.util.HashSet<>();
    for (PageReading r : readings) {
      if (r.info().textSource() == TextSource.OCR) {
        ocrPages.add(r.info().number());
      }
    }
    Narrative narrative = stages.narrative().extract(narrativeLines, ocrPages);
    warnings.addAll(narrative.warnings());
    Reconciliation rec = stages.reconciler().reconcile(tables, cellAlternatives(tables, alternatives));
    warnings.addAll(rec.warnings());
    java.util.Optional<Warning> notAReport = ReportKind.check(rec, narrative.title(), warnings);
    notAReport.ifPresent(warnings::add);

    ReportInfo info =
        new ReportInfo(
            narrative.title(),
            narrative.organization(),
            narrative.year(),
            notAReport.isPresent() ? org.nianbao.model.Template.UNKNOWN : rec.template(),
            narrative.issuedOn());
    return new Report(
        Report.SCHEMA_VERSION,
        new SourceInfo(fileName, doc.sha256(), doc.pageCount()),
        info,
        pageInfos,
        narrative.sections(),
        tables,
        rec.data(),
        rec.provenance(),
        rec.checks(),
        warnings,
        roles(rec));
  }

  /**
   * OCR alternatives are recorded per cell position on the page, which survives the joining of
   * tables over page breaks; the reconciler asks by (table, row, column) of the joined table.
   */
  private static CellAlternatives cellAlternatives(
      List<Table> tables, Map<CellKey, List<String>> byCell) {
    if (byCell.isEmpty()) {
      return CellAlternatives.NONE;
    }
    Map<String, Table> byId = new HashMap<>();
    tables.forEach(t -> byId.put(t.id(), t));
    return (tableId, row, column) -> {
      Table t = byId.get(tableId);
      Cell c = t == null ? null : t.cellAt(row, column);
      if (c == null || c.bbox() == null) {
        return List.of();
      }
      List<CellAlternatives.Reading> out = new ArrayList<>();
      for (String text : byCell.getOrDefault(new CellKey(c.page(), c.bbox()), List.of())) {
        out.add(new CellAlternatives.Reading(text, 0.5));
      }
      return out;
    };
  }

  /** A cell's position on its page. */
  private record CellKey(int page, BBox bbox) {}

  /** Text-layer work now; image pages are queued for OCR, which runs on other threads. */
  private PageSlot firstPass(LoadedPage page, Options options, OcrQueue ocr) {
    String tooLarge = page.pdPage() == null ? null : PageLimits.check(page.pdPage());
    if (tooLarge != null) {
      return PageSlot.ready(refused(page, tooLarge));
    }
    try {
      return readPage(page, options, ocr);
    } catch (java.io.UncheckedIOException e) {
      // One broken content stream costs that page, not the whole document.
      return PageSlot.ready(unreadable(page, e.getCause()));
    }
  }

  /** A page not read at all: over a limit checked before its content is decoded. */
  private static PageReading refused(LoadedPage page, String why) {
    return new PageReading(
        new PageInfo(page.number(), PageKind.BLANK, TextSource.TEXT_LAYER, page.rotation(), 0.0),
        List.of(), List.of(),
        List.of(new Warning(PageLimits.WARNING, page.number(), "page not read: " + why)),
        Map.of());
  }

  private static PageReading unreadable(LoadedPage page, Throwable cause) {
    return PageLimits.isOverLimit(cause)
        ? refused(page, "a stream inflates beyond " + (PageLimits.MAX_DECODED_BYTES >> 20) + " MiB")
        : unreadable(page, describe(cause));
  }

  private static PageReading unreadable(LoadedPage page, String why) {
    return new PageReading(
        new PageInfo(page.number(), PageKind.BLANK, TextSource.TEXT_LAYER, page.rotation(), 0.0),
        List.of(), List.of(),
        List.of(new Warning("PAGE_UNREADABLE", page.number(), "page content cannot be read: " + why)),
        Map.of());
  }

  private PageSlot readPage(LoadedPage page, Options options, OcrQueue ocr) {
    List<Warning> warnings = new ArrayList<>();
    boolean forceOcr = options.ocrStrategy() == Options.OcrStrategy.OCR_ONLY;
    List<Table> tables = List.of();
    if (!forceOcr) {
      try {
        tables = stages.tableExtractor().extract(page);
      } catch (RuntimeException e) {
        warnings.add(
            new Warning(
                "TABLE_EXTRACTION_FAILED", page.number(), "tables not read: " + describe(e)));
      }
    }
    PageClass cls = stages.classifier().classify(page, tables);
    boolean wantOcr = forceOcr || cls.needsOcr();
    if (wantOcr && options.ocrStrategy() != Options.OcrStrategy.NO_OCR) {
      if (stages.imageReader().isPresent()) {
        ImagePageReader reader = stages.imageReader().get();
        String tooLarge = PageLimits.checkRender(page, options.ocrDpi());
        if (tooLarge != null) {
          return PageSlot.ready(refused(page, tooLarge));
        }
        try {
          return ocr.submit(reader, reader.prepare(page, options));
        } catch (IOException | RuntimeException e) {
          return PageSlot.ready(PageLimits.isOverLimit(e) ? unreadable(page, e)
              : unreadable(page, "page image: " + describe(e)));
        }
      }
      warnings.add(
          new Warning(
              "OCR_UNAVAILABLE",
              page.number(),
              "page needs OCR (" + cls.reason() + ") but no OCR engine is configured"));
    } else if (wantOcr) {
      warnings.add(
          new Warning(
              "OCR_SKIPPED", page.number(), "page needs OCR (" + cls.reason() + "), OCR is off"));
    }
    PageInfo info =
        new PageInfo(page.number(), cls.kind(), TextSource.TEXT_LAYER, page.readingRotation(), 0.0);
    PageReading reading = new PageReading(info, tables, linesOutside(page.lines(), tables),
        warnings, Map.of());
    // a good text layer may still carry a table pasted as a picture
    return wantOcr ? PageSlot.ready(reading)
        : PicturePass.read(page, reading, options, stages.imageReader(), ocr);
  }

  private static java.util.Map<String, String> roles(Reconciliation rec) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    rec.roles().forEach((id, role) -> out.put(id, role.id()));
    return out;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Lines whose centre lies in none of the page's tables: the narrative text. */
  static List<TextLine> linesOutside(List<TextLine> lines, List<Table> tables) {
    List<BBox> areas = new ArrayList<>();
    for (Table t : tables) {
      BBox area = null;
      for (var c : t.cells()) {
        if (c.bbox() != null) {
          area = area == null ? c.bbox() : area.union(c.bbox());
        }
      }
      if (area != null) {
        areas.add(area);
      }
    }
    List<TextLine> out = new ArrayList<>();
    for (TextLine l : lines) {
      boolean inside = false;
      for (BBox a : areas) {
        if (a.contains(l.bbox().centerX(), l.bbox().centerY())) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(l);
      }
    }
    return out;
  }

  /** A wall-clock limit checked between pages. */
  record Deadline(long endNanos) {
    static Deadline after(Duration d) {
      return new Deadline(d.isZero() ? Long.MAX_VALUE : System.nanoTime() + d.toNanos());
    }

    long remainingNanos() {
      return endNanos == Long.MAX_VALUE ? Long.MAX_VALUE : endNanos - System.nanoTime();
    }

    void check(int page) throws ExtractionTimeoutException {
      if (endNanos != Long.MAX_VALUE && System.nanoTime() > endNanos) {
        throw new ExtractionTimeoutException("time limit exceeded before page " + page);
      }
    }
  }
}
