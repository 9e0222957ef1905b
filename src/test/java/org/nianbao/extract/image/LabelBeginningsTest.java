package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Long labels completed from their first glyphs only where the width leaves one known label. */
class LabelBeginningsTest {
  private static final String PARTLY = "(二)部分公开";
  private static final String PARTLY_NOTE = "(二)部分公开(区分处理的,只计这一情形,不计其他情形)";

  @Test
  void theOneLabelBegunSoThatFitsTheWidthIsTaken() {
    String label = "3.补正后申请内容仍不明确";
    // 11 Chinese glyphs, a digit and a full stop: 11.75 to 12.65 advances
    assertEquals(label, LabelBeginnings.complete(List.of(label), 12.2));
    assertEquals(label, LabelBeginnings.complete(List.of(label), 11.0));
  }

  /**
   * A label the templates do not know, begun as a known one but two glyphs longer or shorter,
   * is read whole.
   */
  @Test
  void aWidthNoKnownLabelHasIsReadWhole() {
    assertNull(LabelBeginnings.complete(List.of("3.补正后申请内容仍不明确"), 14.2));
    assertNull(LabelBeginnings.complete(List.of("3.补正后申请内容仍不明确"), 10.2));
  }

  @Test
  void twoKnownLabelsOfAboutTheWidthAreReadWhole() {
    assertNull(LabelBeginnings.complete(List.of("7.属于行政执法案卷", "8.属于行政查询事项"), 9.5));
    assertNull(LabelBeginnings.complete(List.of(), 9.5));
  }

  /** The same beginning and far apart in width: the width tells them. */
  @Test
  void labelsBegunAlikeAreToldByWidth() {
    assertEquals(PARTLY_NOTE, LabelBeginnings.complete(List.of(PARTLY, PARTLY_NOTE), 27));
    assertNull(LabelBeginnings.complete(List.of(PARTLY, PARTLY_NOTE), 20));
  }

  @Test
  void glyphAdvances() {
    double[] e = LabelBeginnings.ems("一、本年新收政府信息公开申请数量");
    assertEquals(15.3, e[0], 1e-9);
    assertEquals(16.0, e[1], 1e-9);
    e = LabelBeginnings.ems("12 件");
    assertEquals(1.9, e[0], 1e-9);
    assertEquals(2.3, e[1], 1e-9);
  }

  @Test
  void theAdvanceIsTheMedianOfThreeLabelsReadWhole() {
    LabelBeginnings b = new LabelBeginnings();
    b.learn("本年新", 60); // too short to measure by
    b.learn("二、上年结转政府信息公开申请数量", 330);
    b.learn("3.补正后申请内容仍不明确", 250);
    assertEquals(0, b.advance());
    b.learn("四、结转下年度继续办理", 220);
    // 220 px over 10.3 to 11 advances; the others 21.1 and 20.5 px an advance
    assertEquals(220 / 10.65, b.advance(), 1e-9);
  }

  @Test
  void theLinesOfAWrappedLabel() {
    OpenCv.load();
    Mat bin = new Mat(70, 300, CvType.CV_8UC1, new Scalar(255));
    ink(bin, new Rect(10, 5, 280, 20));
    ink(bin, new Rect(10, 36, 120, 20));
    ink(bin, new Rect(150, 30, 2, 2)); // a speck between the lines
    List<Rect> lines = LabelBeginnings.lines(bin, 2);
    assertEquals(2, lines.size());
    assertEquals(new Rect(10, 5, 280, 20), lines.get(0));
    assertEquals(new Rect(10, 36, 120, 20), lines.get(1));
  }

  /** Glyph-like ink: vertical strokes with cross strokes, black on white. */
  private static void ink(Mat bin, Rect r) {
    if (r.width <= 3) {
      Imgproc.rectangle(bin, r.tl(), new Point(r.x + r.width - 1, r.y + r.height - 1),
          new Scalar(0), -1);
      return;
    }
    for (int x = r.x; x < r.x + r.width; x += 7) {
      Imgproc.rectangle(bin, new Point(x, r.y), new Point(Math.min(x + 2, r.x + r.width - 1),
          r.y + r.height - 1), new Scalar(0), -1);
    }
    for (int y = r.y + 2; y < r.y + r.height; y += 6) {
      Imgproc.rectangle(bin, new Point(r.x, y), new Point(r.x + r.width - 1, y + 1),
          new Scalar(0), -1);
    }
  }
}
