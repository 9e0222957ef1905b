package org.nianbao.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.Section;

/**
 * Title, organisation, year, issue date and sections for each layout variant of the test corpus,
 * on an A4-like page: text column 74–527 pt, body 15 pt, first paragraph lines indented 2 em.
 */
class TitleVariantsTest {
  private static final double LEFT = 74;
  private static final double RIGHT = 527;
  private final List<TextLine> lines = new ArrayList<>();
  private int page = 1;
  private double y = 70;

  private void put(double left, double right, String text, float size, boolean bold) {
    if (y > 770) {
      page++;
      y = 70;
    }
    lines.add(new TextLine(page, text, new BBox(left, y, right, y + size * 0.9), size, bold));
    y += size * 1.6;
  }

  /** A centred heading line. */
  private TitleVariantsTest centred(String text, float size, boolean bold) {
    double w = Math.min(RIGHT - LEFT, size * text.replace(" ", "").length());
    double mid = (LEFT + RIGHT) / 2;
    put(mid - w / 2, mid + w / 2, text, size, bold);
    return this;
  }

  private TitleVariantsTest centred(String text, float size) {
    return centred(text, size, false);
  }

  /** A full-width line starting at the left margin (wrapped title or paragraph line). */
  private TitleVariantsTest full(String text, float size) {
    put(LEFT, RIGHT, text, size, false);
    return this;
  }

  /** First line of a paragraph: indented 2 em, running to the right margin. */
  private TitleVariantsTest indented(String text) {
    put(LEFT + 30, RIGHT, text, 15, false);
    return this;
  }

  /** Last line of a paragraph: from the left margin, ending short. */
  private TitleVariantsTest lastLine(String text) {
    put(LEFT, LEFT + 15 * text.length(), text, 15, false);
    return this;
  }

  /** A right-aligned signature line. */
  private TitleVariantsTest right(String text) {
    put(RIGHT - 15 * text.length(), RIGHT, text, 15, false);
    return this;
  }

  private TitleVariantsTest intro(String year) {
    indented("本报告根据《中华人民共和国政府信息公开条例》（以下简称");
    full("《条例》）要求编制。全文包括总体情况、主动公开政府信息情况、", 15);
    full("收到和处理政府信息公开申请情况等。报告中所列数据的统计期限自", 15);
    full(year + "年1月1日起至" + year + "年12月31日止。如对本报告有疑问，请与", 15);
    lastLine("本单位办公室联系。");
    return this;
  }

  private TitleVariantsTest body(String year) {
    put(LEFT + 30, LEFT + 30 + 15 * 6, "一、总体情况", 15, true);
    indented(year + "年，本单位认真贯彻落实《中华人民共和国政府信息公开条例》，");
    lastLine("截至" + year + "年12月31日，主动公开信息120条。");
    put(LEFT + 30, LEFT + 30 + 15 * 12, "二、主动公开政府信息情况", 15, true);
    put(LEFT + 30, LEFT + 30 + 15 * 18, "三、收到和处理政府信息公开申请情况", 15, true);
    put(LEFT + 30, LEFT + 30 + 15 * 20, "四、政府信息公开行政复议、行政诉讼情况", 15, true);
    put(LEFT + 30, LEFT + 30 + 15 * 15, "五、存在的主要问题及改进情况", 15, true);
    indented("（一）存在的问题。信息公开的及时性有待提高。");
    put(LEFT + 30, LEFT + 30 + 15 * 11, "六、其他需要报告的事项", 15, true);
    indented("本年度无其他需要报告的事项。");
    return this;
  }

  private Narrative run() {
    return new LineNarrativeExtractor().extract(lines);
  }

  private Narrative runAsScan() {
    java.util.Set<Integer> all = new java.util.HashSet<>();
    lines.forEach(l -> all.add(l.page()));
    return new LineNarrativeExtractor().extract(lines, all);
  }

  @Test
  void wrappedTitleEndReadAtAnotherHeightIsJoined() {
    // a scan (fresh-103198-33): OCR measures the short last line 16.8 pt, the first 18.7 pt
    full("2019年度南通市天河区司法局政府信息公开工作年度", 18.7f);
    centred("报告", 16.8f);
    intro("2019").body("2019");
    right("南通市天河区司法局");
    right("2020年3月12日");
    Narrative n = runAsScan();
    assertEquals("2019年度南通市天河区司法局政府信息公开工作年度报告", n.title());
    assertEquals("南通市天河区司法局", n.organization());
  }

  @Test
  void aStrayMarkBeforeTheTitleIsDropped() {
    // fresh-7707-4 (scan with a seal): OCR read a comma before the display title
    full("，岳阳市开福区南街道办事处2023年政府信息公开工作年度报告", 20);
    intro("2023").body("2023");
    right("岳阳市开福区南街道办事处");
    right("2024年1月18日");
    Narrative n = runAsScan();
    assertEquals("岳阳市开福区南街道办事处2023年政府信息公开工作年度报告", n.title());
    assertEquals("岳阳市开福区南街道办事处", n.organization());
  }

  @Test
  void titleCopyOfTheNameIsSpelledAsTheVoteSpellsIt() {
    assertEquals("襄阳市新城区和平街道办事处2022年政府信息公开工作年度报告",
        LineNarrativeExtractor.spelledAsVoted("了阳市新城区和平街道办事处2022年政府信息公开工作年度报告",
            "了阳市新城区和平街道办事处", "襄阳市新城区和平街道办事处"));
    // another name, not a misreading of the same: the title is left as printed
    assertEquals("株洲市人民政府2022年政府信息公开工作年度报告",
        LineNarrativeExtractor.spelledAsVoted("株洲市人民政府2022年政府信息公开工作年度报告",
            "株洲市人民政府", "株洲市人民政府办公室"));
    assertEquals("长沙市财政局2022年政府信息公开工作年度报告",
        LineNarrativeExtractor.spelledAsVoted("长沙市财政局2022年政府信息公开工作年度报告",
            "长沙市财政局", "岳阳市审计局"));
  }

  @Test
  void unitWithoutItsPlaceGivesWayToTheFullName() {
    assertEquals("宜昌市审计局",
        IssuingBody.choose(java.util.Arrays.asList("审计局", null, "宜昌市审计局")));
    // two different full names: the title's is kept
    assertEquals("宜昌市审计局",
        IssuingBody.choose(java.util.Arrays.asList("宜昌市审计局", null, "宜昌市财政局")));
  }

  @Test
  void placeDroppedFromTheStartOfACentredTitleLineIsRestored() {
    TitleBlock.Layout layout = new TitleBlock.Layout(LEFT, RIGHT, 15);
    double mid = (LEFT + RIGHT) / 2;
    float size = 20;
    // printed centred as 宜昌市审计局关于2021年度 (16 glyphs); OCR read the last 13 only
    double w = 16 * size;
    TextLine late = new TextLine(1, "审计局关于2021年度",
        new BBox(mid - w / 2 + 3 * size, 70, mid + w / 2, 88), size, false);
    TitleBlock.Title read = new TitleBlock.Title("审计局关于2021年度政府信息公开工作情况的报告",
        "审计局", 2021, null, late);
    assertEquals("宜昌市审计局关于2021年度政府信息公开工作情况的报告",
        LineNarrativeExtractor.withDroppedPlace(read.text(), read, "审计局", "宜昌市审计局", layout));
    // the same words printed centred without a place: nothing is missing
    double w13 = 13 * size;
    TextLine centred = new TextLine(1, "审计局关于2021年度",
        new BBox(mid - w13 / 2, 70, mid + w13 / 2, 88), size, false);
    TitleBlock.Title printed = new TitleBlock.Title(read.text(), "审计局", 2021, null, centred);
    assertEquals(read.text(),
        LineNarrativeExtractor.withDroppedPlace(read.text(), printed, "审计局", "宜昌市审计局", layout));
  }

  @Test
  void scannedDateInTwoNumeralSystemsIsNoDate() {
    full("九江市商务局关于2020年度政府信息公开工作情况的报告", 20);
    intro("2020").body("2020");
    right("九江市商务局");
    right("2021年二月20日");
    Narrative n = runAsScan();
    assertNull(n.issuedOn());
    assertEquals(List.of("FIELD_UNREADABLE"), n.warnings().stream().map(w -> w.code()).toList());
    assertEquals("report.issuedOn", n.warnings().get(0).path());
    assertEquals(2020, n.year());
  }

  @Test
  void slipsOfTheLetterOInADateAreZeros() {
    full("九江市商务局2022年政府信息公开工作年度报告", 20);
    intro("2022").body("2022");
    right("九江市商务局");
    right("二O二三年一月十五日");
    assertEquals(LocalDate.of(2023, 1, 15), run().issuedOn());
  }

  @Test
  void titleWrappedAfterTheLastCharacterIsJoined() {
    full("株洲市应急管理局 2020 年政府信息公开工作年度报", 20);
    centred("告", 20);
    intro("2020").body("2020");
    right("株洲市应急管理局");
    right("2021年2月14日");
    Narrative n = run();
    assertEquals("株洲市应急管理局2020年政府信息公开工作年度报告", n.title());
    assertEquals("株洲市应急管理局", n.organization());
    assertEquals(2020, n.year());
    assertEquals(LocalDate.of(2021, 2, 14), n.issuedOn());
  }

  @Test
  void titleAtBodySizeWithoutBoldIsFoundByCentring() {
    // fake bold (no bold font name) and the same size as the body: only the centring tells
    centred("大理市农业农村局2024年政府信息公开工作年度", 15);
    centred("报告", 15);
    intro("2024").body("2024");
    Narrative n = run();
    assertEquals("大理市农业农村局2024年政府信息公开工作年度报告", n.title());
    assertEquals("大理市农业农村局", n.organization());
    assertEquals(2024, n.year());
    assertNull(n.issuedOn());
  }

  @Test
  void twoLineTitleWithTheOrganisationOnTheFirstLineIsJoined() {
    centred("绵阳市涪城区教育局", 20);
    centred("2023年政府信息公开工作年度报告", 20);
    intro("2023").body("2023");
    right("绵阳市涪城区教育局");
    right("2024年3月17日");
    Narrative n = run();
    assertEquals("绵阳市涪城区教育局2023年政府信息公开工作年度报告", n.title());
    assertEquals("绵阳市涪城区教育局", n.organization());
    assertEquals(2023, n.year());
  }

  @Test
  void organisationLineAboveTheTitleIsNotPartOfIt() {
    centred("洛阳市自然资源和规划局", 17);
    centred("2023年政府信息公开工作年度报告", 20);
    intro("2023").body("2023");
    right("洛阳市自然资源和规划局");
    right("2024年1月16日");
    Narrative n = run();
    assertEquals("2023年政府信息公开工作年度报告", n.title());
    assertEquals("洛阳市自然资源和规划局", n.organization());
    assertEquals(2023, n.year());
    assertEquals(LocalDate.of(2024, 1, 16), n.issuedOn());
  }

  @Test
  void organisationLineOfTheSameSizeAboveATitleThatNamesItAgain() {
    centred("海东市政务服务监督管理局", 18);
    centred("海东市政务服务监督管理局2023年政府信息公开工作年度报告", 18);
    intro("2023").body("2023");
    Narrative n = run();
    assertEquals("海东市政务服务监督管理局2023年政府信息公开工作年度报告", n.title());
    assertEquals("海东市政务服务监督管理局", n.organization());
  }

  @Test
  void bareplaceInTitleLosesToTheIssuingOfficeLine() {
    centred("海东市人民政府办公室", 17);
    centred("海东市 2019 年度政府信息公开", 20);
    centred("工作情况报告", 20);
    intro("2019").body("2019");
    Narrative n = run();
    assertEquals("海东市2019年度政府信息公开工作情况报告", n.title());
    assertEquals("海东市人民政府办公室", n.organization());
    assertEquals(2019, n.year());
  }

  @Test
  void bareplaceInTitleLosesToTheSignatureName() {
    centred("湟中区 2023 年度政府信息公开工作年度报告", 20);
    intro("2023").body("2023");
    right("西宁市湟中区人民政府办公室");
    right("2024年1月20日");
    Narrative n = run();
    assertEquals("西宁市湟中区人民政府办公室", n.organization());
    assertEquals(LocalDate.of(2024, 1, 20), n.issuedOn());
  }

  @Test
  void bareplaceInTitleStaysWhenNothingBetterIsPrinted() {
    centred("湟中区 2023 年度政府信息公开工作年度报告", 20);
    intro("2023").body("2023");
    Narrative n = run();
    assertEquals("湟中区2023年度政府信息公开工作年度报告", n.title());
    assertEquals("湟中区", n.organization());
    assertNull(n.issuedOn());
  }

  @Test
  void titleWithoutOrganisationTakesTheSignatureName() {
    centred("2022年政府信息公开工作年度报告", 20);
    intro("2022").body("2022");
    right("宜昌市生态环境局");
    right("2023年3月11日");
    Narrative n = run();
    assertEquals("2022年政府信息公开工作年度报告", n.title());
    assertEquals("宜昌市生态环境局", n.organization());
  }

  @Test
  void chineseNumeralYearInTitleAndChineseNumeralSignatureDate() {
    centred("潍坊市寒亭区住房和城乡建设局", 20);
    centred("二〇二二年政府信息公开工作年度报告", 20);
    intro("2022").body("2022");
    right("潍坊市寒亭区住房和城乡建设局");
    right("二〇二三年一月十四日");
    Narrative n = run();
    assertEquals("潍坊市寒亭区住房和城乡建设局二〇二二年政府信息公开工作年度报告", n.title());
    assertEquals("潍坊市寒亭区住房和城乡建设局", n.organization());
    assertEquals(2022, n.year());
    assertEquals(LocalDate.of(2023, 1, 14), n.issuedOn());
  }

  @Test
  void yearFromTheStatisticsPeriodWhenTheTitleHasNone() {
    centred("长沙县人民政府政府信息公开工作年度报告", 20);
    intro("2021").body("2021");
    Narrative n = run();
    assertEquals("长沙县人民政府政府信息公开工作年度报告", n.title());
    assertEquals(2021, n.year());
  }

  @Test
  void indentedIntroductionIsNeverTheTitle() {
    intro("2023").body("2023");
    Narrative n = run();
    assertNull(n.title());
    assertEquals(2023, n.year());
  }

  @Test
  void dateInTheLastBodyParagraphIsNotTheIssueDate() {
    centred("晋江市交通运输局2021年政府信息公开工作年度报告", 20);
    intro("2021").body("2021");
    indented("本报告于2022年2月10日经局务会审议通过。");
    Narrative n = run();
    assertEquals("晋江市交通运输局", n.organization());
    assertNull(n.issuedOn());
  }

  @Test
  void sectionsInOrderWithSubHeadingsKeptAndSignatureCut() {
    centred("呼和浩特市公安局2023年政府信息公开工作年度报告", 20);
    intro("2023").body("2023");
    right("呼和浩特市公安局");
    right("2024年1月11日");
    List<Section> s = run().sections();
    assertEquals(List.of("一", "二", "三", "四", "五", "六"), s.stream().map(Section::number).toList());
    assertEquals("存在的主要问题及改进情况", s.get(4).title());
    assertEquals("（一）存在的问题。信息公开的及时性有待提高。", s.get(4).text());
    assertEquals("本年度无其他需要报告的事项。", s.get(5).text());
  }

  @Test
  void ideographicAndNoBreakSpacesAreWhitespace() {
    centred("赣州市市场监督管理局\u3000２０２４年政府信息公开工作年度报告", 20);
    intro("2024");
    put(LEFT, LEFT + 150, "\u3000\u3000一、总体情况", 15, false);
    lastLine("本年度主动公开信息300条。");
    put(LEFT, LEFT + 150, "\u3000\u3000二、其他需要报告的事项", 15, false);
    lastLine("无。");
    put(LEFT + 30, LEFT + 35, "\u00a0", 15, false);
    right("赣州市市场监督管理局");
    right("2025年1月15日");
    Narrative n = run();
    assertEquals("赣州市市场监督管理局２０２４年政府信息公开工作年度报告", n.title());
    assertEquals("赣州市市场监督管理局", n.organization());
    assertEquals(2024, n.year());
    assertEquals(LocalDate.of(2025, 1, 15), n.issuedOn());
    List<Section> s = n.sections();
    assertEquals(List.of("一", "二"), s.stream().map(Section::number).toList());
    assertEquals("无。", s.get(1).text());
  }
}
