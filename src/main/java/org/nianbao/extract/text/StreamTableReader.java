package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.extractors.BasicExtractionAlgorithm;

/**
 * Unruled tables: regions of at least three consecutive rows of text that each break into three
 * or more widely separated segments are handed to tabula's stream algorithm.
 */
final class StreamTableReader {
  private static final int MIN_SEGMENTS = 3;
  private static final int MIN_ROWS = 3;
  private static final double MAX_ROW_GAP_LINES = 2.5;

  List<Table> read(Page page, int pageNumber, List<TextLine> lines) {
    return read(() -> page, pageNumber, lines);
  }

  /** The page is asked for only where the lines show a tabular region. */
  List<Table> read(java.util.function.Supplier<Page> pages, int pageNumber, List<TextLine> lines) {
    List<Table> tables = new ArrayList<>();
    Page page = null;
    for (BBox region : regions(lines)) {
      if (page == null) {
        page = pages.get();
      }
      Page area =
          page.getArea(
              (float) region.top() - 2, (float) region.left() - 2,
              (float) region.bottom() + 2, (float) region.right() + 2);
      for (technology.tabula.Table t : new BasicExtractionAlgorithm().extract(area)) {
        Table table = toTable(t, pageNumber);
        if (table != null) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  /** Bounding boxes of runs of tabular-looking rows. */
  static List<BBox> regions(List<TextLine> lines) {
    List<List<TextLine>> rows = rows(lines);
    List<BBox> out = new ArrayList<>();
    List<List<TextLine>> run = new ArrayList<>();
    for (List<TextLine> row : rows) {
      boolean tabular = row.size() >= MIN_SEGMENTS;
      if (tabular && !run.isEmpty()) {
        BBox prev = box(run.get(run.size() - 1));
        BBox cur = box(row);
        if (cur.top() - prev.bottom() > MAX_ROW_GAP_LINES * prev.height()) {
          flush(run, out);
        }
      }
      if (tabular) {
        run.add(row);
      } else {
        flush(run, out);
      }
    }
    flush(run, out);
    return out;
  }

  private static void flush(List<List<TextLine>> run, List<BBox> out) {
    if (run.size() >= MIN_ROWS) {
      BBox b = null;
      for (List<TextLine> r : run) {
        b = b == null ? box(r) : b.union(box(r));
      }
      out.add(b);
    }
    run.clear();
  }

  /** Lines sharing a vertical band (LineBuilder splits a row at wide gaps). */
  private static List<List<TextLine>> rows(List<TextLine> lines) {
    List<List<TextLine>> rows = new ArrayList<>();
    for (TextLine l : lines) {
      List<TextLine> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (last != null) {
        BBox b = box(last);
        double overlap =
            Math.min(b.bottom(), l.bbox().bottom()) - Math.max(b.top(), l.bbox().top());
        if (overlap > 0.5 * Math.min(b.height(), l.bbox().height())) {
          last.add(l);
          continue;
        }
      }
      List<TextLine> row = new ArrayList<>();
      row.add(l);
      rows.add(row);
    }
    return rows;
  }

  private static BBox box(List<TextLine> row) {
    BBox b = row.get(0).bbox();
    for (TextLine l : row) {
      b = b.union(l.bbox());
    }
    return b;
  }

  private static Table toTable(technology.tabula.Table t, int pageNumber) {
    List<List<RectangularTextContainer>> rows = t.getRows();
    int cols = t.getColCount();
    if (rows.size() < 2 || cols < 2) {
      return null;
    }
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<RectangularTextContainer> row = rows.get(r);
      for (int c = 0; c < row.size() && c < cols; c++) {
        RectangularTextContainer rc = row.get(c);
        String text = rc.getText().replaceAll("\\s+(?=\\P{IsLatin})|(?<=\\P{IsLatin})\\s+", "");
        BBox bbox =
            rc.getWidth() > 0
                ? new BBox(rc.getLeft(), rc.getTop(), rc.getRight(), rc.getBottom())
                : null;
        cells.add(new Cell(r, c, 1, 1, text.strip(), pageNumber, bbox, 1.0));
      }
    }
    return new Table("", List.of(pageNumber), "stream", rows.size(), cols, cells);
  }
}
