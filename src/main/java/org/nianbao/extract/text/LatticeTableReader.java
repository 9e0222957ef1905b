package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.load.Glyph;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import technology.tabula.Rectangle;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Ruled tables: tabula's lattice cell finder on the page's rulings (stroked lines and thin
 * filled rectangles), grouped into table areas, each rebuilt as a grid with spans.
 */
final class LatticeTableReader {
  private final SpanGridBuilder grids = new SpanGridBuilder();
  private final CellText cellText = new CellText();

  /** Tables on the page, unordered and without ids. */
  List<Table> read(PageRulings rulings, int pageNumber, List<Glyph> glyphs) {
    List<technology.tabula.Cell> found =
        SpreadsheetExtractionAlgorithm.findCells(rulings.horizontal(), rulings.vertical());
    List<Table> tables = new ArrayList<>();
    if (found.isEmpty()) {
      return tables;
    }
    GlyphsByY byY = GlyphsByY.of(glyphs);
    for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(found)) {
      List<BBox> rects = new ArrayList<>();
      for (technology.tabula.Cell c : found) {
        if (area.contains(c.getCenterX(), c.getCenterY())) {
          rects.add(new BBox(c.getLeft(), c.getTop(), c.getRight(), c.getBottom()));
        }
      }
      Table t = toTable(grids.build(rects), pageNumber, byY);
      if (t != null) {
        tables.add(t);
      }
    }
    return tables;
  }

  /**
   * Whether the rules delimit the cells: no cell holds figures of two text lines, or two figures
   * side by side with a clear gap between them (rules missing between rows or columns).
   */
  static boolean delimitsCells(Table t, List<Glyph> glyphs) {
    return delimitsCells(t, GlyphsByY.of(glyphs));
  }

  static boolean delimitsCells(Table t, GlyphsByY glyphs) {
    for (Cell c : t.cells()) {
      if (c.bbox() == null || c.text().isBlank()) {
        continue;
      }
      List<Glyph> inside = glyphs.inside(c.bbox());
      int figureLines = 0;
      for (TextRuns.Row line : TextRuns.rows(inside)) {
        long figures = line.runs().stream().filter(TextRuns.Run::isFigure).count();
        if (figures >= 2) {
          return false;
        }
        figureLines += figures > 0 ? 1 : 0;
      }
      if (figureLines >= 2) {
        return false;
      }
    }
    return true;
  }

  private Table toTable(SpanGridBuilder.Grid grid, int pageNumber, GlyphsByY glyphs) {
    if (grid.cells().size() < 2 || grid.rowCount() < 1 || grid.columnCount() < 1) {
      return null; // a single box around text is a frame, not a table
    }
    List<Cell> cells = new ArrayList<>();
    for (GridCell g : grid.cells()) {
      cells.add(
          new Cell(
              g.row(), g.column(), g.rowSpan(), g.columnSpan(), cellText.of(g.bbox(), glyphs),
              pageNumber, g.bbox(), 1.0));
    }
    return new Table(
        "", List.of(pageNumber), "lattice", grid.rowCount(), grid.columnCount(), cells);
  }
}
