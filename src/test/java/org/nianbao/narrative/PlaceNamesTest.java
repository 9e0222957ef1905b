package org.nianbao.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer repair on OCR readings whose true spelling is known from the printed reports
 * (seed 002 is 湟中区; the generated reports' organisations are in their truth JSON).
 */
class PlaceNamesTest {
  /** chi_sim lacks 湟, 阆 and 郫 (see OcrCharset); everything else counts as readable here. */
  private static final IntPredicate CHI_SIM_LIKE = c -> c != '湟' && c != '阆' && c != '郫';
  private final PlaceNames places = PlaceNames.fromClasspath(CHI_SIM_LIKE);

  @Test
  void aCharacterTheModelCannotOutputIsRestoredWhenExactlyOnePlaceFits() {
    Optional<PlaceNames.Repair> r = places.repair("涅中区", List.of("涅中区", "涅中区"));
    assertEquals("湟中区", r.orElseThrow().organization());
    // 城中区 is one substitution away too, but 城 is readable: OCR would have printed it; 阆中
    // (阆中市) is unreadable too, but 阆 does not look like 涅 (radical 门, not 水)
    assertEquals("郫都区人民政府", places.repair("郸都区人民政府", List.of()).orElseThrow().organization());
  }

  @Test
  void aCopyThatSpellsAKnownPlaceWins() {
    List<String> copies = List.of("赣州市市场监督管理局", "坑州市市场监督管理局", "葛州市市场监督管理局",
        "闵州市市场监督管理局");
    assertEquals("赣州市市场监督管理局",
        places.repair("闽州市市场监督管理局", copies).orElseThrow().organization());
  }

  @Test
  void aCopyThatSpellsAListedCountyOfAnotherPrefectureWins() {
    // fresh-103198-19: the title and most copies read 桐访县, two copies 桐庐县 (listed under 杭州市)
    List<String> copies = List.of("兰州市桐访县卫生健康局", "兰州市桐庐县卫生健康", "兰州市桐启县卫生健康局");
    PlaceNames.Repair r = places.repair("兰州市桐访县卫生健康局", copies).orElseThrow();
    assertEquals("兰州市桐庐县卫生健康局", r.organization());
    assertTrue(r.reason().contains("桐庐县"), r.reason());
    // a listed county read as printed after another prefecture is no repair
    assertTrue(places.repair("包头市岳西县发展和改革委员会", List.of("包头市岳西县发展和改革委员会")).isEmpty());
    // two copies spelling two different listed places: no choice, the reading stays
    assertTrue(places.repair("兰州市桐访县卫生健康局",
        List.of("兰州市桐庐县卫生健康局", "兰州市桐柏县卫生健康局")).isEmpty());
  }

  @Test
  void knownPlacesAndOtherNamesAreLeftAsRead() {
    assertTrue(places.repair("潍坊市寒亭区住房和城乡建设局", List.of()).isEmpty());
    assertTrue(places.repair("桂林市临桂区卫生健康局", List.of()).isEmpty());
    assertTrue(places.repair("国家统计局", List.of()).isEmpty());
    // an unknown reading whose nearest places differ by readable characters: no repair
    assertTrue(places.repair("闽州市市场监督管理局", List.of()).isEmpty());
    // two different known spellings among the copies: nothing is certain
    assertTrue(places.repair("闽州市财政局", List.of("赣州市财政局", "温州市财政局")).isEmpty());
  }

  @Test
  void aReadableLookAlikeIsRepairedWhenOnePlaceUnderTheParentFits() {
    // 洛阳市: 涧西区; 洞 and 润 share 涧's radical (水), and chi_sim can output all three
    assertEquals("洛阳市涧西区人民政府",
        places.repair("洛阳市洞西区人民政府", List.of()).orElseThrow().organization());
    assertEquals("洛阳市涧西区教育局",
        places.repair("洛阳市润西区教育局", List.of("洛阳市润西区教育局")).orElseThrow().organization());
    assertEquals("包头市昆都仑区财政局",
        places.repair("包头市昆都仓区财政局", List.of()).orElseThrow().organization());
    // no parent read: 昆都仑区 is still the only place one look-alike away
    assertEquals("昆都仑区市场监督管理局",
        places.repair("昆都仓区市场监督管理局", List.of()).orElseThrow().organization());
    // a misread prefecture and county: both repaired, in two steps
    assertEquals("包头市昆都仑区财政局",
        places.repair("包夫市昆都仓区财政局", List.of()).orElseThrow().organization());
  }

  @Test
  void aLookAlikeWithSeveralPlacesToChooseFromStays() {
    // without 洛阳市, 河西区, 汾西区, 涧西区 and 泸西区 are all one look-alike from 洞西区
    assertTrue(places.repair("洞西区人民政府", List.of()).isEmpty());
    // 宿迁市: 沭阳县 and 泗阳县 are both one look-alike from 洒阳县
    assertTrue(places.repair("宿迁市洒阳县人民政府", List.of()).isEmpty());
    // 江阴市, 淮阴市, 洛阳市 … are all one look-alike from 洛阴市
    assertTrue(places.repair("洛阴市人民政府", List.of()).isEmpty());
    // 锦江市 is only a stem variant of 锦江区 (Chengdu), no place to repair 锦洲市 into
    assertTrue(places.repair("锦洲市财政局", List.of()).isEmpty());
  }

  @Test
  void aRealPlaceIsNeverRewrittenIntoAnotherRealPlace() {
    // pairs of real places one look-alike apart under one prefecture
    assertTrue(places.repair("宿迁市泗阳县人民政府", List.of()).isEmpty());
    assertTrue(places.repair("宿迁市沭阳县人民政府", List.of()).isEmpty());
    assertTrue(places.repair("锦州市凌河区教育局", List.of()).isEmpty());
    assertTrue(places.repair("锦州市凌海市教育局", List.of()).isEmpty());
    assertTrue(places.repair("洛阳市西工区人民政府", List.of()).isEmpty());
    // a real district listed under another prefecture (钢城区: 莱芜市 in the gazetteer's edition)
    assertTrue(places.repair("济南市钢城区人民政府", List.of()).isEmpty());
  }

  /** A report head and signature as OCR (or a text layer) gives them, on page 1. */
  private static List<org.nianbao.load.TextLine> reportLines(String org) {
    List<org.nianbao.load.TextLine> lines = new java.util.ArrayList<>();
    String[][] rows = {{"150", org + "2023年政府信息公开工作年度报告", "20"},
        {"104", "本报告根据《中华人民共和国政府信息公开条例》要求编制。", "15"},
        {"104", "一、总体情况", "15"}, {"104", "2023年，本单位认真落实《条例》要求。", "15"},
        {"380", org, "15"}, {"400", "2024年1月16日", "15"}};
    double y = 70;
    for (String[] r : rows) {
      double left = Double.parseDouble(r[0]);
      float size = Float.parseFloat(r[2]);
      double right = r[0].equals("150") ? 527 - (left - 74) : 527;
      lines.add(new org.nianbao.load.TextLine(1, r[1],
          new org.nianbao.model.BBox(left, y, right, y + size * 0.9), size, false));
      y += size * 1.6;
    }
    return lines;
  }

  @Test
  void onlyOcrReadingsAreRepairedAndTheRepairIsWarned() {
    LineNarrativeExtractor x = new LineNarrativeExtractor(places);
    Narrative ocr = x.extract(reportLines("洛阳市洞西区教育局"), java.util.Set.of(1));
    assertEquals("洛阳市涧西区教育局", ocr.organization());
    assertEquals("洛阳市涧西区教育局2023年政府信息公开工作年度报告", ocr.title());
    assertEquals(List.of("ORGANIZATION_REPAIRED"),
        ocr.warnings().stream().map(org.nianbao.model.Warning::code).toList());
    // a text layer spells the name as printed, known place or not
    Narrative text = x.extract(reportLines("洛阳市洞西区教育局"), java.util.Set.of());
    assertEquals("洛阳市洞西区教育局", text.organization());
    assertTrue(text.warnings().isEmpty());
    // a known place read by OCR stays
    Narrative known = x.extract(reportLines("洛阳市西工区教育局"), java.util.Set.of(1));
    assertEquals("洛阳市西工区教育局", known.organization());
    assertTrue(known.warnings().isEmpty());
  }

  @Test
  void radicalsComeFromTheUnicodeOrder() {
    assertTrue(Radicals.same('涅', '湟'));
    assertTrue(Radicals.same('郸', '郫'));
    assertTrue(!Radicals.same('涅', '阆'));
    assertTrue(!Radicals.same('睢', '濉'));
  }

  @Test
  void theGazetteerKnowsRenamedCountiesByTheirStem() {
    assertTrue(places.known("湟中县"));
    assertTrue(places.known("湟中区"));
    assertEquals(6, places.knownPrefix("潍坊市寒亭区住房和城乡建设局"));
  }

  /** A report whose name each copy spells as given (title, opening, body, signature), page 1. */
  private static List<org.nianbao.load.TextLine> copiesLines(String... copies) {
    List<org.nianbao.load.TextLine> lines = new java.util.ArrayList<>();
    List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {"150", copies[0] + "2023年政府信息公开工作年度报告", "20"});
    rows.add(new String[] {"104", "本报告根据《中华人民共和国政府信息公开条例》要求编制。", "15"});
    rows.add(new String[] {"104", "一、总体情况", "15"});
    for (int i = 1; i < copies.length - 1; i++) {
      rows.add(new String[] {"74", "2023年，" + copies[i] + "认真落实《条例》要求，加大公开力度。", "15"});
    }
    rows.add(new String[] {"380", copies[copies.length - 1], "15"});
    rows.add(new String[] {"400", "2024年1月16日", "15"});
    double y = 70;
    for (String[] r : rows) {
      double left = Double.parseDouble(r[0]);
      float size = Float.parseFloat(r[2]);
      double right = r[0].equals("150") ? 527 - (left - 74) : 527;
      lines.add(new org.nianbao.load.TextLine(1, r[1],
          new org.nianbao.model.BBox(left, y, right, y + size * 0.9), size, false));
      y += size * 1.6;
    }
    return lines;
  }

  @Test
  void anUnsettledCharacterIsSettledOnlyByAListedPlaceAmongTheCopies() {
    LineNarrativeExtractor x = new LineNarrativeExtractor(places);
    // gb2021-04 (scanned): 赣 read 竟, 赣, 闵, 闽; the one copy that reads 赣州市 names a listed place
    Narrative settled = x.extract(copiesLines("闽州市市场监督管理局", "竟州市市场监督管理局",
        "赣州市市场监督管理局", "闵州市市场监督管理局", "闽州市市场监督管理局"), java.util.Set.of(1));
    assertEquals("赣州市市场监督管理局", settled.organization());
    // no copy reads a listed place: no name, and a warning
    Narrative unread = x.extract(copiesLines("刘州市汝阳县司法局", "六州市汝阳县司法局",
        "闹州市汝阳县司法局", "闵州市汝阳县司法局", "闽州市汝阳县司法局"), java.util.Set.of(1));
    assertEquals(null, unread.organization());
    assertTrue(unread.warnings().stream().anyMatch(w -> "FIELD_UNREADABLE".equals(w.code())
        && "report.organization".equals(w.path())));
  }

  @Test
  void stemVariantsAreNoListedPlaces() {
    assertEquals("赣州市", places.listedAtStart("赣州市新城区应急管理局"));
    assertEquals(null, places.listedAtStart("吉州市新城区应急管理局"));
    assertEquals("吉州区", places.listedAtStart("吉州区人民政府"));
  }
}
