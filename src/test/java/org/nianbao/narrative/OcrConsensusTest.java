package org.nianbao.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;

/** OCR-style line lists (errors typed by hand): the copies of a field outvote a misread one. */
class OcrConsensusTest {
  private final List<TextLine> lines = new ArrayList<>();
  private double y = 70;

  private OcrConsensusTest line(double left, double right, String text, float size) {
    lines.add(new TextLine(1, text, new BBox(left, y, right, y + size), size, false));
    y += size * 1.8;
    return this;
  }

  private OcrConsensusTest title(String text) {
    return line(150, 450, text, 19);
  }

  private OcrConsensusTest body(String text) {
    return line(74, 526, text, 14);
  }

  private OcrConsensusTest sign(String text) {
    return line(526 - 14 * text.length(), 526, text, 14);
  }

  private OcrConsensusTest report(String org, String year) {
    body("本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自" + year);
    body("年1月1日起至" + year + "年12月31日止。如对本报告有疑问，请与" + org + "办公室联系。");
    body("一、总体情况");
    body(year + "年，" + org + "严格按照《条例》要求，加大主动公开力度。");
    body("二、其他需要报告的事项");
    body("无。");
    return this;
  }

  private Narrative run() {
    return new LineNarrativeExtractor().extract(lines);
  }

  @Test
  void misreadTitleIsOutvotedByTheIntroductionAndTheSignature() {
    title("太原麻小店区医疗保障局2022年政府信息公开二作年度报告");
    report("太原市小店区医疗保障局", "2022");
    sign("太原市小店区医疗保障局");
    sign("2023年1月23日");
    Narrative n = run();
    assertEquals("太原市小店区医疗保障局", n.organization());
    assertEquals(2022, n.year());
    assertEquals(LocalDate.of(2023, 1, 23), n.issuedOn());
  }

  @Test
  void everyCopyWrongSomewhereElseStillGivesTheRightName() {
    title("辛通辣崇川xx人民政府2023年政府信息公开--作年度报告");
    body("统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请与南通市崇川区人民政府办");
    body("公室联系。");
    body("一、总体情况");
    body("2023年，南通市品川区人民政府严格按照《条例》要求。2023年，南通市崇川区人民政府共");
    body("公开信息120条。2023年，南通市哇川区人民政府通过政府门户网站发布信息。");
    body("二、其他需要报告的事项");
    body("无。");
    sign("南通市疆川区人民政府");
    sign("2024年1月5日");
    Narrative n = run();
    assertEquals("南通市崇川区人民政府", n.organization());
    assertEquals(LocalDate.of(2024, 1, 5), n.issuedOn());
  }

  @Test
  void droppedCharactersAreRestoredFromTheSignatureAndBody() {
    title("潍坊7住房和城乡建设局");
    title("2022年政府信息公开--作年训报告");
    body("统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与潍坊市寒亭区住房和城");
    body("乡建设局办公室联系。");
    body("一、总体情况");
    body("2022年，浴坊市寒亭区住房和城乡建设局严格按照《条例》要求，加大主动公开力度。");
    body("二、其他需要报告的事项");
    body("无。");
    sign("潍坊市寒亭区住房和城乡建设局");
    sign("王包三三年二月站四目"); // a date OCR could not read: the block is found, the date is null
    Narrative n = run();
    assertEquals("潍坊市寒亭区住房和城乡建设局", n.organization());
    assertEquals(2022, n.year());
    assertNull(n.issuedOn());
    assertEquals("无。", n.sections().get(1).text());
  }

  @Test
  void twoCopiesThatDisagreeGoToTheRunningTextNotTheDisplayTitle() {
    title("怀仁三行政审批服务管理局2023年政府信息公丰二");
    title("作年度报告");
    report("我局", "2023");
    sign("怀仁市行政审批服务管理局");
    sign("2024年1月15日");
    assertEquals("怀仁市行政审批服务管理局", run().organization());
  }

  @Test
  void noMajorityKeepsAReadingThatIsPrinted() {
    title("计州市市场监督管理局2024年政府信息公开工作年度报告");
    body("统计期限自2024年1月1日起至2024年12月31日止。请与闽州市市场监督管理局办公室联系。");
    body("一、总体情况");
    body("2024年，坑州市市场监督管理局严格按照《条例》要求。");
    body("二、其他需要报告的事项");
    body("无。");
    String org = run().organization();
    // 计, 闽, 坑: no majority, so the first character is one of the printed readings
    assertEquals("州市市场监督管理局", org.substring(1));
  }

  @Test
  void aCleanNamePrintedTwiceIsTakenAsItIs() {
    title("海东市人民政府办公室");
    title("海东市2019年度政府信息公开工作情况报告");
    body("统计期限自2019年1月1日起至2019年12月31日止。请与海东市人民政府办公室联系。");
    body("一、总体情况");
    body("海东市人民政府门户网站公开信息。海东市人民政府严格按照《条例》要求。");
    body("海东市人民政府网站。");
    Narrative n = run();
    assertEquals("海东市人民政府办公室", n.organization());
  }

  @Test
  void aShorterRelatedNameInTheBodyDoesNotCutASingleCopy() {
    title("海东市人民政府办公室");
    title("海东市2019年度政府信息公开工作情况报告");
    body("统计期限自2019年1月1日起至2019年12月31日止。");
    body("一、总体情况");
    body("海东市人民政府严格按照《条例》要求。海东市人民政府网站。海东市人民政府公报。");
    assertEquals("海东市人民政府办公室", run().organization());
  }

  @Test
  void yearFromTheMajorityOfItsCopies() {
    assertEquals(2023, ReportYear.vote(2028, List.of(2023, 2023), LocalDate.of(2024, 1, 5)));
    assertEquals(2023, ReportYear.vote(2023, List.of(), null));
    assertEquals(2023, ReportYear.vote(null, List.of(), LocalDate.of(2024, 1, 5)));
    assertNull(ReportYear.vote(2023, List.of(), LocalDate.of(2026, 1, 5)));
    assertNull(ReportYear.vote(2023, List.of(2021), null));
    assertNull(ReportYear.consistentIssueDate(2023, LocalDate.of(2021, 1, 5)));
    assertEquals(
        LocalDate.of(2024, 1, 5), ReportYear.consistentIssueDate(2023, LocalDate.of(2024, 1, 5)));
  }

  @Test
  void misreadYearInTheTitleLosesToThePeriodAndTheIssueDate() {
    title("宜昌市生态环境局2028年政府信息公开工作年度报告");
    report("宜昌市生态环境局", "2022");
    sign("宜昌市生态环境局");
    sign("2023年3月11日");
    Narrative n = run();
    assertEquals(2022, n.year());
    assertEquals(LocalDate.of(2023, 3, 11), n.issuedOn());
  }

  @Test
  void voteAlignsInsertionsAndDeletions() {
    List<Consensus.Copy> c = List.of(
        new Consensus.Copy("潍坊7住房和城乡建设局", 0, 0, 0.9),
        new Consensus.Copy("潍坊市寒亭区住房和城乡建设局", 0, 0, 1),
        new Consensus.Copy("浴坊市寒亭区住房和城乡建设局", 0, 0, 1));
    assertEquals("潍坊市寒亭区住房和城乡建设局", Consensus.vote(c));
    assertEquals(List.of(4, 8), Consensus.find("麻城市统计局", "年，麻城市统计局坚麻城万统计局", 1)
        .stream().map(a -> a[0] == 2 ? 4 : 8).toList());
  }

  @Test
  void headingsWithAMisreadOrLostSeparatorOrNumeral() {
    title("怀仁市行政审批服务管理局2023年政府信息公开工作年度报告");
    body("报告中所列数据统计期限自2023年1月1日起,至2023年12月31日止。");
    body("一“总体情况");
    body("一是抓好培训。");
    body("二、主动公开政府信息情况");
    body("、收到和处理政府信息公");
    body("、本年度无。");
    body("四，政府信息公开行政复议、行政诉讼情况");
    body("`存在的主要问题及改进情况");
    sign("怀仁市行政审批服务管理局");
    sign("2024年1月15日");
    List<org.nianbao.model.Section> s = run().sections();
    assertEquals(List.of("一", "二", "三", "四", "五"), s.stream().map(org.nianbao.model.Section::number).toList());
    assertEquals("总体情况", s.get(0).title());
    assertEquals("一是抓好培训。", s.get(0).text());
    assertEquals("收到和处理政府信息公", s.get(2).title());
    assertEquals("、本年度无。", s.get(2).text());
    assertEquals("存在的主要问题及改进情况", s.get(4).title());
  }

  @Test
  void aStrayCharacterBeforeTheTitlesNameIsDroppedWhenTheTextPrintsTheNameWithoutIt() {
    // fresh-64906-27: 和 read in the blank after 2021年度, in the title and once in the body
    title("2021年度和岳阳市农业农村局政府信息公开工作年度报告");
    report("岳阳市农业农村局", "2021");
    body("2021年，岳阳市农业农村局共收到政府信息公开申请1424件。");
    body("2021年，和岳阳市农业农村局政府信息公开工作取得了一定成效。");
    sign("岳阳市农业农村局");
    sign("2022年3月28日");
    Narrative n = new LineNarrativeExtractor().extract(lines, java.util.Set.of(1));
    assertEquals("岳阳市农业农村局", n.organization());
    assertEquals("2021年度岳阳市农业农村局政府信息公开工作年度报告", n.title());
  }

  @Test
  void aCopyThatLostItsFirstCharacterDoesNotShortenTheName() {
    // the signature lost 岳; the text prints the full name: the title's copy stands
    title("2021年度岳阳市农业农村局政府信息公开工作年度报告");
    report("岳阳市农业农村局", "2021");
    sign("阳市农业农村局");
    sign("2022年3月28日");
    Narrative n = new LineNarrativeExtractor().extract(lines, java.util.Set.of(1));
    assertEquals("岳阳市农业农村局", n.organization());
    assertEquals("2021年度岳阳市农业农村局政府信息公开工作年度报告", n.title());
  }

  @Test
  void strayLeadNeedsTheBareNameMoreOftenInTheText() {
    List<String> c = java.util.Arrays.asList("和岳阳市农业农村局", null, "岳阳市农业农村局");
    assertEquals("岳阳市农业农村局", IssuingBody.withoutStrayLead("和岳阳市农业农村局", c,
        "和岳阳市农业农村局，岳阳市农业农村局。岳阳市农业农村局"));
    // once bare, once with the character: no reason to drop it
    assertEquals("和岳阳市农业农村局", IssuingBody.withoutStrayLead("和岳阳市农业农村局", c,
        "和岳阳市农业农村局，岳阳市农业农村局。"));
    // two characters more is a longer name, not a stray
    List<String> longer = java.util.Arrays.asList("湖南岳阳市农业农村局", null, "岳阳市农业农村局");
    assertEquals("湖南岳阳市农业农村局", IssuingBody.withoutStrayLead("湖南岳阳市农业农村局", longer,
        "岳阳市农业农村局，岳阳市农业农村局。岳阳市农业农村局"));
  }

  @Test
  void aCharacterEveryCopyReadsDifferentlyLeavesTheOrganisationUnread() {
    // fresh-64906-22 prints 赣州市汝阳县司法局: chi_sim reads its 赣 as another glyph each time
    title("刘州市汝阳县司法局");
    title("2019年政府信息公开工作年度报告");
    body("本报告根据《中华人民共和国政府信息公开条例》编制。如对本报告有疑问，请与");
    body("六州市汝阳县司法局办公室联系。");
    body("一、总体情况");
    body("2019年，闹州市汝阳县司法局坚持以公开为常态。2019年，闵州市汝阳县司法局通过政府网站");
    body("发布信息。2019年，闲州市汝阳县司法局共收到申请12件。");
    body("二、其他需要报告的事项");
    body("无。");
    sign("闽州市汝阳县司法局");
    sign("2020年3月23日");
    Narrative n = new LineNarrativeExtractor().extract(lines, java.util.Set.of(1));
    assertNull(n.organization());
    assertEquals(1, n.warnings().stream()
        .filter(w -> "report.organization".equals(w.path())
            && "FIELD_UNREADABLE".equals(w.code()))
        .count());
    assertEquals(LocalDate.of(2020, 3, 23), n.issuedOn());
  }

  @Test
  void unsettledNeedsManyCopiesManyReadingsAndNoMajority() {
    java.util.function.Function<String[], List<Consensus.Copy>> copies = t -> {
      List<Consensus.Copy> out = new ArrayList<>();
      for (String s : t) {
        out.add(new Consensus.Copy(s, 0, 0, 1.0));
      }
      return out;
    };
    assertEquals("六/刘/闵/闽",
        Consensus.unsettled(copies.apply(new String[] {"刘州市司法局", "六州市司法局", "闵州市司法局",
            "闽州市司法局"})));
    // a majority settles it, however many slips
    assertNull(Consensus.unsettled(copies.apply(new String[] {"赣州市司法局", "赣州市司法局",
        "赣州市司法局", "六州市司法局", "闵州市司法局"})));
    // two readings in turn: a slip of one kind, not an unreadable character
    assertNull(Consensus.unsettled(copies.apply(new String[] {"赣州市司法局", "闵州市司法局",
        "赣州市司法局", "闵州市司法局"})));
    // too few copies to tell
    assertNull(Consensus.unsettled(copies.apply(new String[] {"刘州市司法局", "六州市司法局",
        "闵州市司法局"})));
  }
}
