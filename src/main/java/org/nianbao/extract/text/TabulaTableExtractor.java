package org.nianbao.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.Options;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.BBox;
import org.nianbao.model.Table;

/**
 * Lattice tables first, each kept only where its rules delimit its cells; a table whose rules do
 * not (ruled only horizontally, three-line, coloured bands) is read from its horizontal rules
 * and the alignment of its text instead ({@link AlignedTableReader}); where a page has no table
 * at all, stream tables over regions of aligned text. Ids "p{page}-{k}", k counting from the top
 * of the page.
 */
public final class TabulaTableExtractor implements TableExtractor {
  private final LatticeTableReader lattice = new LatticeTableReader();
  private final StreamTableReader stream = new StreamTableReader();
  private final AlignedTableReader aligned = new AlignedTableReader();
  private final Options.TableMethod method;

  /** Lattice where the page has ruled tables, stream elsewhere. */
  public TabulaTableExtractor() {
    this(Options.TableMethod.AUTO);
  }

  public TabulaTableExtractor(Options.TableMethod method) {
    this.method = java.util.Objects.requireNonNull(method);
  }

  @Override
  public List<Table> extract(LoadedPage page) {
    if (page.uprightPdf() == null) {
      return List.of();
    }
    // tabula's rulings from the loader's pass; its full page (text elements) only for stream
    PageRulings rulings = new PageRulings(page.tabulaRulings());
    List<Table> tables =
        method == Options.TableMethod.STREAM
            ? List.of()
            : lattice.read(rulings, page.number(), page.glyphs());
    if (method == Options.TableMethod.AUTO) {
      tables = alignedWhereRulesFail(tables, rulings, page);
    }
    if (tables.isEmpty() && method == Options.TableMethod.AUTO) {
      // no rules at all: the text-aligned grid (spans, rows of wrapped labels)
      List<Table> unruled = new ArrayList<>();
      for (AlignedTableReader.Area area : AlignedTableReader.unruledAreas(page.glyphs())) {
        Table t = aligned.read(area, page.number(), page.glyphs());
        if (t != null && t.columnCount() >= 3) {
          unruled.add(t);
        }
      }
      tables = unruled;
    }
    if (tables.isEmpty() && method != Options.TableMethod.LATTICE) {
      tables = stream.read(page::tabulaPage, page.number(), page.lines());
    }
    List<Table> sorted = new ArrayList<>(tables);
    sorted.sort(Comparator.comparingDouble(TabulaTableExtractor::top));
    List<Table> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(sorted.get(i).withId("p" + page.number() + "-" + (i + 1)));
    }
    return out;
  }

  /**
   * Each table area found from horizontal rules that no lattice table with delimited cells
   * covers is read by aligning its text; the lattice pieces inside it are dropped.
   */
  private List<Table> alignedWhereRulesFail(
      List<Table> latticeTables, PageRulings rulings, LoadedPage page) {
    List<Table> out = new ArrayList<>(latticeTables);
    List<BBox> delimited = new ArrayList<>();
    GlyphsByY byY = latticeTables.isEmpty() ? null : GlyphsByY.of(page.glyphs());
    for (Table t : latticeTables) {
      BBox b = box(t);
      if (b != null && LatticeTableReader.delimitsCells(t, byY)) {
        delimited.add(b);
      }
    }
    for (AlignedTableReader.Area area : AlignedTableReader.areas(rulings.horizontal(), page.glyphs())) {
      BBox a = area.box();
      if (AlignedTableReader.tabularRowsWithin(area, page.glyphs(), delimited)) {
        continue; // the lattice tables there already hold every row of the area
      }
      Table t = aligned.read(area, page.number(), page.glyphs());
      if (t != null) {
        out.removeIf(l -> {
          BBox b = box(l);
          return b != null && a.contains(b.centerX(), b.centerY());
        });
        out.add(t);
      }
    }
    return out;
  }

  private static BBox box(Table t) {
    BBox b = null;
    for (var c : t.cells()) {
      if (c.bbox() != null) {
        b = b == null ? c.bbox() : b.union(c.bbox());
      }
    }
    return b;
  }

  private static double top(Table t) {
    return t.cells().stream()
        .filter(c -> c.bbox() != null)
        .mapToDouble(c -> c.bbox().top())
        .min()
        .orElse(0);
  }
}
