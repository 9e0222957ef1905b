package org.nianbao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {
  static List<Glyph> word(String s, double x, double y, double advance) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      out.add(new Glyph(s.substring(i, i + 1), x + i * advance, y, advance * 0.9, 10, "SimSun", 10, false));
    }
    return out;
  }

  @Test
  void joinsCjkWithoutSpacesAndKeepsLatinGaps() {
    List<Glyph> g = new ArrayList<>(word("共计", 100, 100, 10));
    g.addAll(word("12", 121, 100, 5)); // directly after CJK: no space
    g.addAll(word("PDF", 140, 100, 5)); // 9pt gap after digits: space
    g.addAll(word("第二行", 100, 120, 10));
    List<TextLine> lines = new LineBuilder().build(1, g);
    assertEquals(2, lines.size());
    assertEquals("共计12 PDF", lines.get(0).text());
    assertEquals("第二行", lines.get(1).text());
  }
}
