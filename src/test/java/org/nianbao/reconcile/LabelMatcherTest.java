package org.nianbao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {

  @Test
  void normalisesWidthBracketsSpacesAndLineBreaks() {
    assertEquals("三不予公开", LabelNormalizer.normalize("（三） 不予公开"));
    assertEquals("三不予公开", LabelNormalizer.normalize("(三)不予公开"));
    assertEquals("自然人", LabelNormalizer.normalize("自 然 人"));
    assertEquals("2其他法律行政法规禁止公开", LabelNormalizer.normalize("2. 其他法律行政法\n规禁止公开"));
    assertEquals("本年增减", LabelNormalizer.normalize("本年增/减"));
  }

  @Test
  void exactAfterNormalisationIsOne() {
    assertEquals(1.0, LabelMatcher.similarity("结果 维持", "结果维持"));
    assertEquals(1.0, LabelMatcher.similarity("规 章", "规章"));
  }

  @Test
  void toleratesOcrSlips() {
    assertTrue(LabelMatcher.similarity("（一）予以公幵", "(一)予以公开") >= 0.7);
    assertTrue(LabelMatcher.similarity("1. 属于国家秘蜜", "1.属于国家秘密") >= 0.8);
    assertTrue(LabelMatcher.similarity("其他結果", "其他结果") >= 0.7);
    assertTrue(LabelMatcher.similarity("1.本机关不掌握相关政信息", "1.本机关不掌握相关政府信息") >= 0.85);
  }

  @Test
  void creditsTruncatedLabels() {
    double s = LabelMatcher.similarity("本年新", "本年新制作数量");
    assertTrue(s >= 0.6 && s < 0.9, "got " + s);
  }

  @Test
  void keepsDifferentLabelsApart() {
    assertTrue(LabelMatcher.similarity("行政复议", "复议后起诉") < 0.6);
    assertTrue(LabelMatcher.similarity("法人或其他组织", "其他") < 0.6);
    assertTrue(LabelMatcher.similarity("规章", "规范性文件") < 0.5);
    assertTrue(LabelMatcher.similarity("1.属于国家秘密", "1.本机关不掌握相关政府信息") < 0.5);
  }

  @Test
  void alignerUsesOrderWhenLabelsRepeatTheirNumbering() {
    // printed rows: two look-alike "1." rows; the template order decides which is which
    List<String> printed = List.of("1.属于国家秘", "2.其他法律行政法规禁止公开", "1.本机关不掌握", "2.没有现成信息");
    List<String> template = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作");
    Map<Integer, RowAligner.Span> m = RowAligner.align(printed.size(), template.size(), 1, 0.5,
        (start, len, t) -> LabelMatcher.similarity(printed.get(start), template.get(t)));
    assertEquals(4, m.size());
    for (int t = 0; t < 4; t++) {
      assertEquals(t, m.get(t).start());
    }
  }

  @Test
  void alignerJoinsALabelBrokenOverTwoRows() {
    List<String> printed = List.of("1.属于国家秘密", "2.其他法律行政法", "规禁止公开", "3.危及“三安全一稳定”");
    List<String> template = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”");
    Map<Integer, RowAligner.Span> m = RowAligner.align(printed.size(), template.size(), 2, 0.5,
        (start, len, t) -> LabelMatcher.similarity(
            String.join("", printed.subList(start, start + len)), template.get(t)));
    assertEquals(new RowAligner.Span(1, 2), m.get(1));
    assertEquals(new RowAligner.Span(3, 1), m.get(2));
  }

  @Test
  void alignerLeavesMissingEntriesOut() {
    List<String> printed = List.of("行政许可", "行政处罚");
    List<String> template = List.of("规章", "行政许可", "行政处罚", "行政强制");
    Map<Integer, RowAligner.Span> m = RowAligner.align(printed.size(), template.size(), 1, 0.6,
        (start, len, t) -> LabelMatcher.similarity(printed.get(start), template.get(t)));
    assertEquals(Map.of(1, new RowAligner.Span(0, 1), 2, new RowAligner.Span(1, 1)), m);
  }

  @Test
  void mayReachIsFalseOnlyWhenTheScoreIsBelow() {
    // random labels over a small alphabet (shared bigrams, prefixes, equal texts all occur)
    java.util.Random rnd = new java.util.Random(7);
    String alphabet = "本年新制作公开数量一二三12";
    int pruned = 0;
    for (int i = 0; i < 20000; i++) {
      String a = random(rnd, alphabet, rnd.nextInt(14));
      String b = rnd.nextInt(5) == 0 && a.length() > 2 ? a.substring(0, 1 + rnd.nextInt(a.length()))
          : random(rnd, alphabet, rnd.nextInt(14));
      LabelMatcher.Profile x = LabelMatcher.profile(a);
      LabelMatcher.Profile y = LabelMatcher.profile(b);
      double s = LabelMatcher.similarity(x, y);
      for (double min : new double[] {0.3, 0.5, 0.7, 0.8, 0.9}) {
        if (!LabelMatcher.mayReach(x, y, min)) {
          pruned++;
          assertTrue(s < min, a + " / " + b + ": " + s + " >= " + min);
        }
      }
    }
    assertTrue(pruned > 1000, "the bound prunes: " + pruned);
  }

  private static String random(java.util.Random rnd, String alphabet, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
