package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.LoadedDocument;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.PdfBoxDocumentLoader;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;

/**
 * spans.pdf was made by LibreOffice from spans.html (same folder); the expected grid below is
 * written from the HTML's rowspan/colspan, not from the extractor's output.
 */
class LatticeSpanTest {
  private static Path resource(String name) throws Exception {
    return Path.of(LatticeSpanTest.class.getResource("/" + name).toURI());
  }

  @Test
  void rebuildsGridWithSpansFromLibreOfficeTable() throws Exception {
    try (LoadedDocument doc = new PdfBoxDocumentLoader().load(resource("spans.pdf"))) {
      List<Table> tables = new TabulaTableExtractor().extract(doc.pages().get(0));
      assertEquals(1, tables.size());
      Table t = tables.get(0);
      assertEquals("p1-1", t.id());
      assertEquals("lattice", t.method());
      assertEquals(10, t.rowCount());
      assertEquals(10, t.columnCount());
      expect(t, 0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
      expect(t, 0, 3, 1, 7, "申请人情况");
      expect(t, 1, 3, 2, 1, "自然人");
      expect(t, 1, 4, 1, 5, "法人或其他组织");
      expect(t, 1, 9, 2, 1, "总计");
      expect(t, 2, 6, 1, 1, "社会公益组织");
      expect(t, 3, 0, 1, 3, "一、本年新收政府信息公开申请数量");
      expect(t, 3, 3, 1, 1, "12");
      expect(t, 3, 9, 1, 1, "16");
      expect(t, 5, 0, 4, 1, "三、本年度办理结果");
      expect(t, 5, 1, 1, 2, "（一）予以公开");
      expect(t, 6, 1, 1, 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
      expect(t, 7, 1, 2, 1, "（三）不予公开");
      expect(t, 7, 2, 1, 1, "1.属于国家秘密");
      expect(t, 8, 2, 1, 1, "2.其他法律行政法规禁止公开");
      expect(t, 8, 9, 1, 1, "4");
      expect(t, 9, 0, 1, 3, "四、结转下年度继续办理");
      // 3 header rows: 2+6+5 cells; 7 body rows with 7 figures each plus labels (1+1+2+2+2+1+1)
      assertEquals(13 + 49 + 6, t.cells().size());
      for (Cell c : t.cells()) {
        assertNotNull(c.bbox());
        assertEquals(1.0, c.confidence());
        assertEquals(1, c.page());
      }
    }
  }

  @Test
  void joinsTableOverPageBreakAndDropsRepeatedHeader() throws Exception {
    try (LoadedDocument doc = new PdfBoxDocumentLoader().load(resource("long-table.pdf"))) {
      List<Table> perPage = new ArrayList<>();
      for (LoadedPage p : doc.pages()) {
        perPage.addAll(new TabulaTableExtractor().extract(p));
      }
      assertEquals(2, perPage.size());
      List<Table> joined = new TableJoiner().join(perPage, doc.pages());
      assertEquals(1, joined.size());
      Table t = joined.get(0);
      assertEquals("t1", t.id());
      assertEquals(List.of(1, 2), t.pages());
      assertEquals(71, t.rowCount()); // one header row + 70 items, header repeat dropped
      assertEquals(4, t.columnCount());
      assertEquals("项目", t.textAt(0, 0));
      for (int i = 1; i <= 70; i++) {
        assertEquals("项目" + i, t.textAt(i, 0));
        assertEquals(String.valueOf(i * 7), t.textAt(i, 2));
      }
      assertEquals(2, t.cellAt(70, 0).page());
    }
  }

  private static void expect(Table t, int row, int col, int rs, int cs, String text) {
    Cell c = t.cellAt(row, col);
    assertNotNull(c, "no cell at " + row + "," + col);
    assertEquals(row, c.row(), "row of " + text);
    assertEquals(col, c.column(), "column of " + text);
    assertEquals(rs, c.rowSpan(), "rowSpan of " + text);
    assertEquals(cs, c.columnSpan(), "columnSpan of " + text);
    assertEquals(text, c.text());
    assertTrue(c.bbox().width() > 0);
  }
}
