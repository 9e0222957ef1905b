package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.Glyph;

class TextRunsTest {
  private static List<String> texts(List<Glyph> g) {
    return TextRuns.runs(g).stream().map(TextRuns.Run::text).toList();
  }

  @Test
  void aStepToAnotherLineAcrossANarrowGapStartsAnotherRun() {
    // 商业企业 centred on one line, 科研机 the first of two lines: 4 pt apart, half a line up
    List<Glyph> g = new ArrayList<>(RuledText.text("商业企业", 100, 105));
    g.addAll(RuledText.text("科研机", 144, 100));
    assertEquals(List.of("商业企业", "科研机"), texts(g));
  }

  @Test
  void glyphsOfOneLineInAnotherFontOrTouchingStayOneRun() {
    // a unit in a font sitting a tenth of an em lower; a step with no gap at all (one cell)
    List<Glyph> g = new ArrayList<>(RuledText.text("3", 100, 100));
    g.addAll(RuledText.text("件", 106, 101));
    assertEquals(List.of("3件"), texts(g));
    List<Glyph> touching = new ArrayList<>(RuledText.text("总", 100, 100));
    touching.addAll(RuledText.text("计", 110, 105));
    assertEquals(List.of("总计"), texts(touching));
  }
}
