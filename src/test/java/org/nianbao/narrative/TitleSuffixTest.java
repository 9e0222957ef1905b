package org.nianbao.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;

/** The prescribed title ending restored after one damaged character; inputs typed from scans. */
class TitleSuffixTest {

  @Test
  void lostLastCharacterOfAWrappedTitleIsRestored() {
    // a scan whose lone 告 on the title's second line broke into two fragments read as 人和 / 号
    assertEquals("绵阳市青山区教育局2019年政府信息公开工作年度报告",
        TitleBlock.withSuffixRestored("绵阳市青山区教育局2019年政府信息公开工作年度报"));
  }

  @Test
  void misreadCharacterOfTheSuffixIsRestored() {
    assertEquals("2023年度某某县人民政府政府信息公开工作年度报告",
        TitleBlock.withSuffixRestored("2023年度某某县人民政府政府信息公开工作年度报吉"));
    assertEquals("泉州市人民政府办公室2023年政府信息公开工作年度报告",
        TitleBlock.withSuffixRestored("泉州市人民政府办公室2023年政府信息公开工作年度报告号"));
  }

  @Test
  void nothingIsGuessedWhenTheRestDoesNotFit() {
    // no year before the suffix
    assertNull(TitleBlock.withSuffixRestored("某某县人民政府政府信息公开工作年度报"));
    // two characters lost
    assertNull(TitleBlock.withSuffixRestored("某某县2023年政府信息公开工作年度"));
    // another title form, not a damaged copy of the prescribed one
    assertNull(TitleBlock.withSuffixRestored("某某县2023年政务公开工作年度报"));
    // a name line and a date are not titles
    assertNull(TitleBlock.withSuffixRestored("泉州市人民政府办公室"));
    assertNull(TitleBlock.withSuffixRestored("2024年2月7日"));
  }

  @Test
  void editDistanceCountsOneEditEach() {
    assertEquals(0, TitleBlock.editDistance("报告", "报告"));
    assertEquals(1, TitleBlock.editDistance("年度报", "年度报告"));
    assertEquals(1, TitleBlock.editDistance("年度报吉", "年度报告"));
    assertEquals(2, TitleBlock.editDistance("年政府", "政府告"));
  }

  /** The page as read: title line, the fragments of 告 under it, then the body. */
  @Test
  void ocrTitleWithDamagedEndingIsTakenWithAWarning() {
    List<TextLine> lines = List.of(
        line(60.7, 71.5, 531.1, 90.2, 18.72f, "绵阳市青山区教育局2019年政府信息公开工作年度报"),
        line(287.3, 104.6, 305.0, 113.8, 9.12f, "人和"),
        line(289.7, 115.7, 303.1, 123.4, 7.68f, "号"),
        line(87.1, 162.2, 534.5, 175.2, 12.96f,
            "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和"),
        line(64.1, 182.9, 533.5, 195.8, 12.96f,
            "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信"),
        line(57.4, 203.5, 530.2, 216.5, 12.96f, "息公开工作年度报告格式〉的通知》要求编制。"),
        line(85.0, 290.0, 200.0, 303.0, 12.96f, "一、总体情况"),
        line(85.0, 310.0, 530.0, 323.0, 12.96f, "2019年，绵阳市青山区教育局严格按照《条例》要求。"));
    Narrative ocr = new LineNarrativeExtractor().extract(lines, Set.of(1));
    assertEquals("绵阳市青山区教育局2019年政府信息公开工作年度报告", ocr.title());
    assertEquals("绵阳市青山区教育局", ocr.organization());
    assertTrue(ocr.warnings().stream().anyMatch(w -> w.code().equals("TITLE_REPAIRED")));
    // a text layer prints what it prints: no repair there
    Narrative text = new LineNarrativeExtractor().extract(lines, Set.of());
    assertTrue(text.title() == null || !text.title().endsWith("报告"), text.title());
  }

  /** Held-out scan 364598-18 as read: the title's wrapped 报告 read whole as 及乍, smaller. */
  @Test
  void ocrTitleWhoseWrappedEndIsMisreadWholeIsTakenWithAWarning() {
    List<TextLine> lines = List.of(
        line(65.3, 75.8, 527.3, 94.8, 18.96f, "2020年度德阳市高新区司法局政府信息公开工作年度"),
        line(285.4, 101.3, 311.3, 115.7, 14.4f, "及乍"),
        line(90.0, 146.4, 523.9, 160.3, 13.92f,
            "本报告根据《中华人民共和国政府信息公开条例》〈以下简称《条"),
        line(85.0, 290.0, 200.0, 303.0, 13.92f, "一、总体情况"),
        line(85.0, 310.0, 523.9, 323.0, 13.92f, "2020年，德阳市高新区司法局严格按照《条例》要求。"));
    Narrative ocr = new LineNarrativeExtractor().extract(lines, Set.of(1));
    assertEquals("2020年度德阳市高新区司法局政府信息公开工作年度报告", ocr.title());
    assertEquals("德阳市高新区司法局", ocr.organization());
    assertTrue(ocr.warnings().stream().anyMatch(w -> w.code().equals("TITLE_REPAIRED")));
    assertNull(new LineNarrativeExtractor().extract(lines, Set.of()).title());
  }

  /** fresh-515997-12 once its two title lines are read apart: 报告 alone, centred, below. */
  @Test
  void titleWrappedOverTwoCentredLinesIsJoined() {
    List<TextLine> lines = List.of(
        line(65.8, 82.6, 531.8, 101.8, 19.2f, "泉州市人民政府办公室2023年政府信息公开工作年度"),
        line(279.8, 104.2, 317.8, 122.4, 18.24f, "报告"),
        line(92.2, 143.5, 494.9, 157.0, 13.44f,
            "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条"),
        line(62.9, 165.1, 523.7, 178.6, 13.44f,
            "例》)和《国务院办公厅政府信息与政务公开办公室关于印发《中华人民共"),
        line(85.0, 290.0, 200.0, 303.0, 13.44f, "一、总体情况"),
        line(85.0, 310.0, 523.7, 323.0, 13.44f, "2023年，泉州市人民政府办公室严格按照《条例》要求。"));
    Narrative n = new LineNarrativeExtractor().extract(lines, Set.of(1));
    assertEquals("泉州市人民政府办公室2023年政府信息公开工作年度报告", n.title());
    assertEquals("泉州市人民政府办公室", n.organization());
    assertTrue(n.warnings().stream().noneMatch(w -> w.code().equals("TITLE_REPAIRED")));
  }

  private static TextLine line(double l, double t, double r, double b, float size, String text) {
    return new TextLine(1, text, new BBox(l, t, r, b), size, false);
  }

  /** A wrapped title's last line 报告 misread whole by OCR (held-out scan 364598-18: 及乍). */
  @Test
  void aWrappedEndMisreadWholeIsRestored() {
    assertEquals("2020年度德阳市高新区司法局政府信息公开工作年度报告",
        TitleBlock.wrappedEndRestored("2020年度德阳市高新区司法局政府信息公开工作年度", "及乍"));
    assertEquals("某某县2023年政府信息公开工作年度报告",
        TitleBlock.wrappedEndRestored("某某县2023年政府信息公开工作年度报", "吉"));
    // another glyph count, a year or 报告 in the short line, or the suffix not intact: no guess
    assertNull(TitleBlock.wrappedEndRestored("某某县2023年政府信息公开工作年度", "及乍了"));
    assertNull(TitleBlock.wrappedEndRestored("某某县2023年政府信息公开工作年度", "报告"));
    assertNull(TitleBlock.wrappedEndRestored("某某县2023年政府信息公开工作午度", "及乍"));
    assertNull(TitleBlock.wrappedEndRestored("某某县政府信息公开工作年度", "及乍"));
  }

  /** fresh-64906-29's title as OCR read it, with stray glyphs after the prescribed ending. */
  @Test
  void strayGlyphsAfterTheEndingAreCut() {
    assertEquals("襄阳市江北区教育局2024年政府信息公开工作年度报告",
        TitleBlock.withoutTrailingMarks("襄阳市江北区教育局2024年政府信息公开工作年度报告有民告"));
    // printed additions keep their brackets or digits, and are kept
    assertEquals("某某县2023年政府信息公开工作年度报告（摘要）",
        TitleBlock.withoutTrailingMarks("某某县2023年政府信息公开工作年度报告（摘要）"));
    assertEquals("某某县2023年政府信息公开工作年度报告",
        TitleBlock.withoutTrailingMarks("某某县2023年政府信息公开工作年度报告"));
    // the 关于 form's ending 的报告 is printed, not marks; strays after it are cut
    assertEquals("宜昌市工业和信息化局关于2023年政府信息公开工作年度报告的报告",
        TitleBlock.withoutTrailingMarks("宜昌市工业和信息化局关于2023年政府信息公开工作年度报告的报告"));
    assertEquals("关于某某县2023年政府信息公开工作年度报告的报告",
        TitleBlock.withoutTrailingMarks("关于某某县2023年政府信息公开工作年度报告的报告有民"));
    // more than a few glyphs is text, not marks
    assertEquals("某某县2023年政府信息公开工作年度报告及有关情况说明",
        TitleBlock.withoutTrailingMarks("某某县2023年政府信息公开工作年度报告及有关情况说明"));
    // the close of a 关于…的报告 title (fresh-90417-9 and -16 lost it)
    assertEquals("关于哈尔滨市天河区西街道办事处2019年政府信息公开工作年度报告的报告",
        TitleBlock.withoutTrailingMarks("关于哈尔滨市天河区西街道办事处2019年政府信息公开工作年度报告的报告"));
    assertEquals("嘉兴市南岸区南街道办事处关于2020年政府信息公开工作年度报告的报告",
        TitleBlock.withoutTrailingMarks("嘉兴市南岸区南街道办事处关于2020年政府信息公开工作年度报告的报告"));
    // without 关于 the same three glyphs are stray
    assertEquals("某某县2023年政府信息公开工作年度报告",
        TitleBlock.withoutTrailingMarks("某某县2023年政府信息公开工作年度报告的报告"));
  }
}
