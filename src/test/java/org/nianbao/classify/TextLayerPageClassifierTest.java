package org.nianbao.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.Glyph;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.PageKind;
import org.nianbao.model.Table;

class TextLayerPageClassifierTest {
  private final TextLayerPageClassifier classifier = new TextLayerPageClassifier();

  static List<Glyph> text(String s, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      String ch = s.substring(i, i + 1);
      boolean bad = ch.equals("\uFFFD") || Character.getType(ch.charAt(0)) == Character.PRIVATE_USE;
      out.add(new Glyph(ch, 72 + 11 * (i % 40), y + 14 * (i / 40), 10, 10, "SimSun", 10, bad));
    }
    return out;
  }

  static LoadedPage page(List<Glyph> glyphs, int unmapped, double images) {
    return LoadedPage.inMemory(1, 595, 842, glyphs, unmapped, images);
  }

  @Test
  void goodChineseTextIsNarrativeWithoutOcr() {
    PageClass c = classifier.classify(
        page(text("2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，不断完善政务公开制度。", 100), 0, 0.05),
        List.of());
    assertEquals(PageKind.NARRATIVE, c.kind());
    assertFalse(c.needsOcr());
  }

  @Test
  void goodTextOverAFullPageBackgroundImageIsNotOcr() {
    PageClass c = classifier.classify(
        page(text("一、总体情况本年度我局主动公开政府信息一百一十条，依申请公开二十二件。", 100), 0, 1.0),
        List.of());
    assertFalse(c.needsOcr(), c.reason());
  }

  @Test
  void scannedPageNeedsOcr() {
    assertTrue(classifier.classify(page(List.of(), 0, 0.95), List.of()).needsOcr());
    assertTrue(classifier.classify(page(text("第1页", 800), 0, 0.9), List.of()).needsOcr());
  }

  @Test
  void emptyPageIsBlank() {
    PageClass c = classifier.classify(page(List.of(), 0, 0), List.of());
    assertEquals(PageKind.BLANK, c.kind());
    assertFalse(c.needsOcr());
  }

  @Test
  void unmappedAndNoiseNeedOcr() {
    // CID font without ToUnicode: PDFBox drops the glyphs, only the count remains
    assertTrue(classifier.classify(page(text("第1页", 800), 400, 0), List.of()).needsOcr());
    String pua = "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A";
    List<Glyph> g = text("政府信息公开工作年度报告" + pua + "政府信息公开工作年度报告" + pua, 100);
    assertTrue(classifier.classify(page(g, 20, 0), List.of()).needsOcr());
    String cyrillicNoise = "ДЖЗИЙКЛМНПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмн";
    assertTrue(classifier.classify(page(text(cyrillicNoise, 100), 0, 0), List.of()).needsOcr());
  }

  @Test
  void kindFollowsShareOfTextInsideTables() {
    List<Glyph> g = new ArrayList<>(text("一二三四五六七八九十一二三四五六七八九十", 100));
    g.addAll(text("一二三四五六七八九十一二三四五六七八九十", 400));
    Table top = new Table("p1-1", List.of(1), "lattice", 1, 1,
        List.of(new Cell(0, 0, 1, 1, "", 1, new BBox(60, 90, 540, 130), 1.0)));
    Table bottom = new Table("p1-2", List.of(1), "lattice", 1, 1,
        List.of(new Cell(0, 0, 1, 1, "", 1, new BBox(60, 390, 540, 430), 1.0)));
    assertEquals(PageKind.MIXED, classifier.classify(page(g, 0, 0), List.of(top)).kind());
    assertEquals(PageKind.TABLE, classifier.classify(page(g, 0, 0), List.of(top, bottom)).kind());
  }
}
