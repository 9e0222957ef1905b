package org.nianbao.extract.image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.nianbao.Options;
import org.nianbao.extract.PageReading;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.TextLine;
import org.nianbao.model.Cell;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.Table;
import org.nianbao.model.TextSource;
import org.nianbao.model.Warning;
import org.nianbao.ocr.OcrEngine;

/**
 * Reads image pages with OpenCV grids and Tesseract. Tesseract instances are not thread-safe
 * and cost a model load each, so they live in a pool: a page borrows one, reads, returns it. The
 * pool grows to the number of pages read at once, never to the number of threads that ever ran.
 * {@link #close} ends the pooled engines (native Tesseract handles); pages read later would start
 * new ones, so close only when done.
 */
public final class OcrPageReader implements ImagePageReader {
  private final String language;
  private final Optional<java.nio.file.Path> tessdata;
  private final LabelLexicon lexicon;
  private final ConcurrentLinkedQueue<ImageTableReader> idle = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  public OcrPageReader(String language, Optional<java.nio.file.Path> tessdata) {
    this(language, tessdata, LabelLexicon.none());
  }

  public OcrPageReader(String language, Optional<java.nio.file.Path> tessdata,
      LabelLexicon lexicon) {
    this.language = language;
    this.tessdata = tessdata;
    this.lexicon = lexicon;
  }

  public static OcrPageReader forOptions(Options options) {
    return forOptions(options, LabelLexicon.none());
  }

  public static OcrPageReader forOptions(Options options, LabelLexicon lexicon) {
    return new OcrPageReader(options.ocrLanguage(), options.tessdata(), lexicon);
  }

  @Override
  public PageImage prepare(LoadedPage page, Options options) throws IOException {
    return PageImages.of(page, options.ocrDpi());
  }

  @Override
  public PageReading read(PageImage image, Options options) {
    return read(image, options, null);
  }

  @Override
  public PageReading read(PageImage image, Options options, ColumnHint continued) {
    if (closed) {
      throw new IllegalStateException("OCR page reader is closed");
    }
    ImageTableReader reader = idle.poll();
    if (reader == null) {
      Optional<OcrEngine> engine = OcrEngine.tesseract(language, tessdata);
      if (engine.isEmpty()) {
        String why = OcrEngine.tesseractUnavailableReason(language, tessdata)
            .orElse("Tesseract could not be started");
        return unread(image, new Warning("OCR_UNAVAILABLE", image.pageNumber(),
            "page needs OCR but " + why + " (install tesseract-ocr and tesseract-ocr-chi-sim)"));
      }
      reader = new ImageTableReader(engine.get(), lexicon);
    }
    try {
      return toReading(image, reader.read(image.image(), image.pointsPerPixel(), image.pageNumber(),
          continued));
    } finally {
      if (closed) {
        reader.close();
      } else {
        idle.add(reader);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    for (ImageTableReader r; (r = idle.poll()) != null; ) {
      r.close();
    }
  }

  /** Engines idle in the pool (for tests of the resource lifecycle). */
  int pooledEngines() {
    return idle.size();
  }

  private static PageReading toReading(PageImage image, ImagePageResult r) {
    int page = image.pageNumber();
    List<TextLine> lines = new ArrayList<>();
    for (OcrLine l : r.linesOutsideTables()) {
      lines.add(new TextLine(page, l.text(), l.bbox(), l.heightPoints(), false));
    }
    List<Warning> warnings = new ArrayList<>();
    for (Table t : r.tables()) {
      for (Cell c : t.cells()) {
        if (c.confidence() != null && c.confidence() == 0.0 && c.text().isEmpty()) {
          warnings.add(new Warning("UNREADABLE_CELL", page,
              "table cell " + c.row() + "," + c.column() + " has ink that OCR could not read"));
        }
      }
    }
    PageKind kind = kind(r.tables(), lines);
    PageInfo info = new PageInfo(page, kind, TextSource.OCR, r.rotation(), r.skewDegrees());
    return new PageReading(info, r.tables(), lines, warnings, r.alternatives());
  }

  /** Tables alone, text alone, both, or nothing. */
  private static PageKind kind(List<Table> tables, List<TextLine> lines) {
    int text = lines.stream().mapToInt(l -> l.text().length()).sum();
    if (tables.isEmpty()) {
      return text == 0 ? PageKind.BLANK : PageKind.NARRATIVE;
    }
    int cells = tables.stream().mapToInt(t -> t.cells().stream().mapToInt(c -> c.text().length()).sum()).sum();
    return text < 0.2 * (text + cells) ? PageKind.TABLE : PageKind.MIXED;
  }

  private static PageReading unread(PageImage image, Warning w) {
    PageInfo info = new PageInfo(image.pageNumber(), PageKind.BLANK, TextSource.OCR, 0, 0.0);
    return new PageReading(info, List.of(), List.of(), List.of(w), java.util.Map.of());
  }
}
