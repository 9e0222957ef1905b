package org.nianbao.narrative;

import org.nianbao.internal.ChineseDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;
import org.nianbao.model.Section;

/** Line lists typed from the seed texts (/work/shared/seeds). */
class LineNarrativeExtractorTest {
  private final List<TextLine> lines = new ArrayList<>();
  private int page = 1;
  private double y = 72;

  private LineNarrativeExtractorTest add(String text, float size) {
    if (y > 760) {
      page++;
      y = 72;
    }
    lines.add(new TextLine(page, text, new BBox(72, y, 72 + size * text.length(), y + size), size, false));
    y += size * 1.8;
    return this;
  }

  private LineNarrativeExtractorTest body(String text) {
    return add(text, 12);
  }

  /**
   * The signature date garbled by OCR past any date's shape (fresh-73141-12's 2024-01-24 read
   * 四半几人第二朋二下四四): issuedOn is null and says so when the page was read by OCR; a text
   * layer printing no date needs no warning.
   */
  @Test
  void aDateNotFoundOnAnOcrPageIsNullWithAWarning() {
    add("海东市政务服务监督管理局2023年政府信息公开工作年度报告", 18);
    body("一、总体情况");
    body("2023 年我局认真贯彻落实《中华人民共和国政府信息公开条例》。");
    body("二、主动公开政府信息情况");
    body("五、存在的主要问题及下一步打算");
    body("虽然我局在推进政务信息公开中做了一些工作，但仍然存在许多不足之处。");
    body("海东市政务服务监督管理局");
    body("四半几人第二朋二下四四");
    Narrative byOcr = new LineNarrativeExtractor().extract(lines, java.util.Set.of(1));
    assertNull(byOcr.issuedOn());
    assertEquals("海东市政务服务监督管理局", byOcr.organization());
    List<org.nianbao.model.Warning> notFound = byOcr.warnings().stream()
        .filter(w -> w.code().equals("FIELD_NOT_FOUND")).toList();
    assertEquals(1, notFound.size());
    assertEquals("report.issuedOn", notFound.get(0).path());
    assertEquals(1, notFound.get(0).page());

    Narrative byText = new LineNarrativeExtractor().extract(lines);
    assertNull(byText.issuedOn());
    assertTrue(byText.warnings().stream().noneMatch(w -> w.code().equals("FIELD_NOT_FOUND")));
  }

  @Test
  void seed000OrganisationLineAboveTitleAndSignatureDate() {
    add("海东市政务服务监督管理局", 16);
    add("海东市政务服务监督管理局 2023 年政府信息公开工作年度报告", 18);
    body("现将海东市政务服务监督管理局 2023 年政务公开工作年度报告汇报如下,请审视。");
    body("一、总体情况");
    body("2023 年我局认真贯彻落实《中华人民共和国政府信息公开条例》。");
    body("（一）主动公开情况");
    body("截至 2023 年 12 月底,公开各类信息约 110 条。");
    body("二、主动公开政府信息情况");
    body("三、收到和处理政府信息公开申请情况");
    body("四、政府信息公开行政复议、行政诉讼情况");
    body("五、存在的主要问题及下一步打算");
    body("虽然我局在推进政务信息公开中做了一些工作，但仍然存在许多不足之处。");
    body("海东市政务服务监督管理局");
    body("2024年1月18日");
    Narrative n = new LineNarrativeExtractor().extract(lines);
    assertEquals("海东市政务服务监督管理局2023年政府信息公开工作年度报告", n.title());
    assertEquals("海东市政务服务监督管理局", n.organization());
    assertEquals(2023, n.year());
    assertEquals(LocalDate.of(2024, 1, 18), n.issuedOn());
    List<Section> s = n.sections();
    assertEquals(List.of("一", "二", "三", "四", "五"), s.stream().map(Section::number).toList());
    assertEquals("总体情况", s.get(0).title());
    assertTrue(s.get(0).text().contains("（一）主动公开情况"));
    assertEquals("存在的主要问题及下一步打算", s.get(4).title());
    assertTrue(!s.get(4).text().contains("2024年1月18日"), s.get(4).text());
  }

  @Test
  void seed004TitleOverTwoLinesAndNoSignature() {
    add("海东市人民政府办公室", 16);
    add("海东市 2019 年度政府信息公开", 18);
    add("工作情况报告", 18);
    body("海东市人民政府 2019 年度政府信息公开工作年度报告,是根据新修订《条例》编制而成。");
    body("一、总体情况");
    body("2019 年，全市政府信息公开工作于2019年5月15日部署。");
    body("二、主动公开政府信息情况");
    body("三、收到和处理政府信息公开申请情况");
    body("四、政府信息公开行政复议、行政诉讼情况");
    body("五、存在的主要问题及改进情况");
    body("一是抓好培训。");
    body("六、其他需要报告的事项");
    body("无");
    Narrative n = new LineNarrativeExtractor().extract(lines);
    assertEquals("海东市2019年度政府信息公开工作情况报告", n.title());
    // the title names only a place; the issuing office printed above it is the organisation
    assertEquals("海东市人民政府办公室", n.organization());
    assertEquals(2019, n.year());
    assertNull(n.issuedOn());
    assertEquals(
        List.of("一", "二", "三", "四", "五", "六"),
        n.sections().stream().map(Section::number).toList());
    assertEquals("无", n.sections().get(5).text());
  }

  @Test
  void organisationLineOnTopJoinsYearOnlyTitleAndChineseNumeralDate() {
    add("九江市人民政府办公室", 18);
    add("2019年政府信息公开工作年度报告", 18);
    body("一、总体情况");
    body("本年度……");
    body("九江市人民政府办公室");
    body("二〇二〇年一月二十五日");
    Narrative n = new LineNarrativeExtractor().extract(lines);
    assertEquals("九江市人民政府办公室2019年政府信息公开工作年度报告", n.title());
    assertEquals("九江市人民政府办公室", n.organization());
    assertEquals(LocalDate.of(2020, 1, 25), n.issuedOn());
  }

  /**
   * Two reports bound into one PDF (as the benchmark's 100-page file is): the second report's
   * headings count on past 十, and a heading whose numeral OCR lost (、收到…) there has no
   * numeral to stand for; it stays body text.
   */
  @Test
  void headingsPastTenDoNotBreakTheSections() {
    add("某市某局2023年政府信息公开工作年度报告", 18);
    for (String h : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        "七、附件一", "八、附件二", "九、附件三", "十、附件四", "、收到和处理政府信息公开申请情况")) {
      body(h);
      body("正文。");
    }
    Narrative n = new LineNarrativeExtractor().extract(lines);
    assertEquals(10, n.sections().size());
    assertTrue(n.sections().get(9).text().contains("收到和处理政府信息公开申请情况"));
  }

  @Test
  void chineseDates() {
    assertEquals(LocalDate.of(2024, 1, 18), ChineseDate.parseWhole("二〇二四年一月十八日"));
    assertEquals(LocalDate.of(2023, 1, 6), ChineseDate.parseWhole("2023 年 1 月 6 日"));
    assertEquals(LocalDate.of(2024, 1, 10), ChineseDate.parseWhole("二○二四年元月十日"));
    assertEquals(LocalDate.of(2024, 12, 31), ChineseDate.parseWhole("二〇二四年十二月三十一日"));
    assertNull(ChineseDate.parseWhole("截至2023年12月31日，共公开信息"));
  }
}
