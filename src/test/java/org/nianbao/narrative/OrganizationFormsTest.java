package org.nianbao.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.load.TextLine;
import org.nianbao.model.BBox;

/**
 * The organisation and year for every way a report names them: before the year, between the year
 * and the subject, 关于…的报告, no name in the title at all (then the opening sentences or the
 * signature). Same page geometry as {@link TitleVariantsTest}; every expectation is typed here.
 */
class OrganizationFormsTest {
  private static final double LEFT = 74;
  private static final double RIGHT = 527;
  private final List<TextLine> lines = new ArrayList<>();
  private double y = 70;

  private void put(double left, double right, String text, float size) {
    lines.add(new TextLine(1, text, new BBox(left, y, right, y + size * 0.9), size, false));
    y += size * 1.6;
  }

  private OrganizationFormsTest centred(String text, float size) {
    double w = Math.min(RIGHT - LEFT, size * text.replace(" ", "").length());
    double mid = (LEFT + RIGHT) / 2;
    put(mid - w / 2, mid + w / 2, text, size);
    return this;
  }

  private OrganizationFormsTest full(String text) {
    put(LEFT, RIGHT, text, 15);
    return this;
  }

  private OrganizationFormsTest indented(String text) {
    put(LEFT + 30, RIGHT, text, 15);
    return this;
  }

  private OrganizationFormsTest right(String text) {
    put(RIGHT - 15 * text.length(), RIGHT, text, 15);
    return this;
  }

  /** An introduction that names no organisation, then the six sections. */
  private OrganizationFormsTest plainIntro(String year) {
    indented("本报告根据《中华人民共和国政府信息公开条例》（以下简称");
    full("《条例》）要求编制。报告中所列数据的统计期限自" + year + "年1月1日");
    full("起至" + year + "年12月31日止。如对本报告有疑问，请与本单位联系。");
    return sections(year);
  }

  private OrganizationFormsTest sections(String year) {
    put(LEFT + 30, LEFT + 30 + 15 * 6, "一、总体情况", 15);
    indented(year + "年，本单位认真贯彻落实《中华人民共和国政府信息公开条例》。");
    put(LEFT + 30, LEFT + 30 + 15 * 12, "二、主动公开政府信息情况", 15);
    indented("本年度主动公开信息120条。");
    put(LEFT + 30, LEFT + 30 + 15 * 11, "六、其他需要报告的事项", 15);
    indented("本年度无其他需要报告的事项。");
    return this;
  }

  private Narrative run() {
    return new LineNarrativeExtractor().extract(lines);
  }

  @Test
  void yearFirstThenTheOrganisation() {
    centred("2022年宜昌市生态环境局政府信息公开工作年度报告", 20);
    plainIntro("2022");
    Narrative n = run();
    assertEquals("2022年宜昌市生态环境局政府信息公开工作年度报告", n.title());
    assertEquals("宜昌市生态环境局", n.organization());
    assertEquals(2022, n.year());
  }

  @Test
  void yearWithDuThenTheOrganisation() {
    centred("2023年度绵阳市涪城区教育局政府信息公开工作年度报告", 20);
    plainIntro("2023");
    Narrative n = run();
    assertEquals("绵阳市涪城区教育局", n.organization());
    assertEquals(2023, n.year());
  }

  @Test
  void organisationAboutTheYearsWork() {
    centred("洛阳市自然资源和规划局关于2023年度政府信息公开工作情况的报告", 18);
    plainIntro("2023");
    Narrative n = run();
    assertEquals("洛阳市自然资源和规划局关于2023年度政府信息公开工作情况的报告", n.title());
    assertEquals("洛阳市自然资源和规划局", n.organization());
    assertEquals(2023, n.year());
  }

  @Test
  void aboutTitleBrokenAfterTheOrganisationIsOneTitle() {
    centred("芜湖市镜湖区司法局", 20);
    centred("关于2024年度政府信息公开工作情况的报告", 20);
    plainIntro("2024");
    Narrative n = run();
    assertEquals("芜湖市镜湖区司法局关于2024年度政府信息公开工作情况的报告", n.title());
    assertEquals("芜湖市镜湖区司法局", n.organization());
    assertEquals(2024, n.year());
  }

  @Test
  void aboutTitleFlushLeftAtBodySizeIsStillTheTitle() {
    full("兰州市城关区民政局关于2023年度政府信息公开工作情况的报告");
    plainIntro("2023");
    Narrative n = run();
    assertEquals("兰州市城关区民政局关于2023年度政府信息公开工作情况的报告", n.title());
    assertEquals("兰州市城关区民政局", n.organization());
  }

  @Test
  void peoplesGovernmentSharesGovernmentWithTheSubject() {
    centred("麻城市人民政府信息公开工作年度报告", 20);
    plainIntro("2019");
    Narrative n = run();
    assertEquals("麻城市人民政府", n.organization());
    assertEquals(2019, n.year());
  }

  @Test
  void noNameInTheTitleReportCompiledBy() {
    centred("关于2023年度政府信息公开工作情况的报告", 20);
    indented("本报告由嘉兴市南湖区东栅街道办事处根据《中华人民共和国政府信息");
    full("公开条例》要求编制。报告中所列数据的统计期限为2023年1月1日至");
    full("2023年12月31日。");
    sections("2023");
    Narrative n = run();
    assertEquals("关于2023年度政府信息公开工作情况的报告", n.title());
    assertEquals("嘉兴市南湖区东栅街道办事处", n.organization());
    assertEquals(2023, n.year());
  }

  @Test
  void noNameInTheTitleNameCompilesThisReport() {
    centred("2021年政府信息公开工作年度报告", 20);
    indented("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，");
    full("桂林市临桂区卫生健康局编制本报告。全文包括总体情况、主动公开政府信息情况等。");
    sections("2021");
    Narrative n = run();
    assertEquals("桂林市临桂区卫生健康局", n.organization());
    assertEquals(2021, n.year());
  }

  /**
   * The opening run on from a title without a name (a scan's title line kept in the text, its
   * brackets read as 〈 and ）): the form 根据…，X编制本报告 first takes the title for X, which is no
   * name; the name further on in the same sentence is still found.
   */
  @Test
  void aTitleBeforeTheOpeningIsNotTakenForTheNameThatCompilesIt() {
    assertEquals(List.of("银川市卫生健康局"), OpeningNames.find("2024年政府信息公开工作年度报告"
        + "根据《中华人民共和国政府信息公开条例》〈以下简称《条例》)要求，银川市卫生健康局编制本报告。"));
  }

  @Test
  void noNameInTheTitleNameReportsAsFollows() {
    centred("2022年政府信息公开工作年度报告", 20);
    indented("太原市小店区医疗保障局现将2022年度政府信息公开工作情况报告如下：");
    sections("2022");
    Narrative n = run();
    assertEquals("太原市小店区医疗保障局", n.organization());
    assertEquals(2022, n.year());
  }

  @Test
  void noNameInTheTitleReportOfNamePublishedAsFollows() {
    centred("政府信息公开工作年度报告", 20);
    indented("现将哈尔滨市道里区人力资源和社会保障局2024年政府信息公开工作年度报告");
    full("公布如下。");
    sections("2024");
    right("2025年1月21日");
    Narrative n = run();
    assertEquals("哈尔滨市道里区人力资源和社会保障局", n.organization());
    assertEquals(2024, n.year());
    assertEquals(LocalDate.of(2025, 1, 21), n.issuedOn());
  }

  @Test
  void noTitleAtAllTheOpeningSentenceNamesTheReport() {
    indented("遵义市红花岗区人民政府2022年政府信息公开工作年度报告是根据《中华");
    full("人民共和国政府信息公开条例》编制的。");
    sections("2022");
    Narrative n = run();
    assertNull(n.title());
    assertEquals("遵义市红花岗区人民政府", n.organization());
    assertEquals(2022, n.year());
  }

  @Test
  void yearFromTheSignatureDateWhenNothingElsePrintsIt() {
    centred("晋江市交通运输局政府信息公开工作年度报告", 20);
    indented("本报告根据《中华人民共和国政府信息公开条例》要求编制。");
    sections("2021");
    right("晋江市交通运输局");
    right("2022年2月10日");
    Narrative n = run();
    assertEquals("晋江市交通运输局", n.organization());
    assertEquals(2021, n.year());
  }

  @Test
  void periodWithTheYearOnceGivesTheYear() {
    centred("政府信息公开工作年度报告", 20);
    indented("本报告由银川市兴庆区人民政府编制，全文及数据期限为2020年1月1日至12月31日。");
    sections("2020");
    Narrative n = run();
    assertEquals("银川市兴庆区人民政府", n.organization());
    assertEquals(2020, n.year());
  }

  @Test
  void ownUnitWordsAreNoName() {
    centred("2023年政府信息公开工作年度报告", 20);
    indented("本报告由本局办公室编制。我局现将2023年度政府信息公开工作情况报告如下。");
    sections("2023");
    right("呼和浩特市公安局");
    right("2024年1月11日");
    assertEquals("呼和浩特市公安局", run().organization());
  }

  @Test
  void theNamePrintedMostOftenWinsAmongFullNames() {
    centred("2023年度南通市崇川区政府政府信息公开工作年度报告", 20);
    indented("本报告由南通市崇川区人民政府办公室根据《条例》编制。");
    sections("2023");
    right("南通市崇川区人民政府办公室");
    right("2024年1月30日");
    assertEquals("南通市崇川区人民政府办公室", run().organization());
  }

  @Test
  void aFullNameInTheOpeningBeatsABarePlaceInTheTitle() {
    centred("昆明市五华区2020年政府信息公开工作年度报告", 20);
    indented("本报告由昆明市五华区财政局编制。");
    sections("2020");
    assertEquals("昆明市五华区财政局", run().organization());
  }

  @Test
  void titleForms() {
    assertEquals("宜昌市生态环境局", TitleBlock.organization("2022年宜昌市生态环境局政府信息公开工作年度报告"));
    assertEquals("宜昌市生态环境局", TitleBlock.organization("宜昌市生态环境局2022年度报告"));
    assertEquals("长沙县人民政府", TitleBlock.organization("长沙县人民政府政府信息公开工作年度报告"));
    assertEquals("怀仁市行政审批服务管理局",
        TitleBlock.organization("关于怀仁市行政审批服务管理局2023年政府信息公开工作年度报告"));
    assertNull(TitleBlock.organization("2022年政府信息公开工作年度报告"));
    assertNull(TitleBlock.organization("关于2023年度政府信息公开工作情况的报告"));
    assertNull(TitleBlock.organization("二〇二二年度政府信息公开工作年度报告"));
    assertNull(TitleBlock.organization("2022年本机关政府信息公开工作年度报告"));
    assertEquals("本溪市人民政府", TitleBlock.organization("本溪市人民政府2022年政府信息公开工作年度报告"));
  }
}
