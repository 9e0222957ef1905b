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
}
