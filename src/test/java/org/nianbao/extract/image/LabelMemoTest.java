package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * Repeats of a drawn label are recognised; labels of the same size that differ in a glyph or
 * two (table 四's headers, 第二十条第(五)项 and (六)项) are not.
 */
class LabelMemoTest {
  private static final String FAMILY = "Noto Serif CJK SC";

  /**
   * A label drawn as ink (255) with glyphs ~{@code px} high (20 px: 10 pt at 150 dpi), speckled,
   * cropped to its box.
   */
  private static Mat label(String text, int px, long seed) {
    OpenCv.load();
    BufferedImage img = new BufferedImage(px * (text.length() + 4), px * 3,
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    g.setColor(Color.WHITE);
    g.setFont(new Font(FAMILY, Font.PLAIN, px));
    Random r = new Random(seed);
    // where a scan puts the text differs by a fraction of a pixel: drawn at a sub-pixel offset
    g.translate(r.nextDouble(), r.nextDouble());
    g.drawString(text, px, px * 2);
    g.dispose();
    Mat m = OpenCv.toMat(img);
    byte[] row = new byte[m.cols()];
    for (int y = 0; y < m.rows(); y++) {
      m.get(y, 0, row);
      for (int x = 0; x < row.length; x++) {
        if (row[x] != 0 && r.nextDouble() < 0.04) {
          row[x] = 0; // a dropped ink pixel, as a noisy scan binarises
        }
      }
      m.put(y, 0, row);
    }
    MatOfPoint nz = new MatOfPoint();
    Core.findNonZero(m, nz);
    Rect box = Imgproc.boundingRect(nz);
    Mat crop = m.submat(box).clone();
    OpenCv.release(nz, m);
    return crop;
  }

  private static Ink ink(Mat m, int px) {
    return new Ink(new Rect(0, 0, m.cols(), m.rows()), 1, m.rows());
  }

  private static LabelMemo memoOf(int px, String... texts) {
    LabelMemo memo = new LabelMemo();
    long seed = 1;
    for (String t : texts) {
      Mat m = label(t, px, seed++);
      memo.learn(LabelMemo.shape(m, ink(m, px)), new CellReader.Reading(t, 0.93, false));
      OpenCv.release(m);
    }
    return memo;
  }

  private static String recall(LabelMemo memo, String text, int px, long seed) {
    Mat m = label(text, px, seed);
    CellReader.Reading r = memo.recall(m, ink(m, px));
    OpenCv.release(m);
    return r == null ? null : r.text();
  }

  private static boolean installed() {
    return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames()).contains(FAMILY);
  }

  @Test
  void aRepeatedHeaderIsRecognisedWithItsReading() {
    assumeTrue(installed());
    for (int px : new int[] {20, 24, 36}) {
      LabelMemo memo = memoOf(px, "结果维持", "信息内容", "本年处理决定数量");
      assertEquals("结果维持", recall(memo, "结果维持", px, 100 + px), "at " + px + " px");
      assertEquals("信息内容", recall(memo, "信息内容", px, 200 + px), "at " + px + " px");
      assertEquals("本年处理决定数量", recall(memo, "本年处理决定数量", px, 300 + px),
          "at " + px + " px");
      memo.release();
    }
  }

  @Test
  void aLabelOfTheSameSizeThatDiffersInAGlyphIsNoRepeat() {
    assumeTrue(installed());
    for (int px : new int[] {20, 24, 36}) {
      LabelMemo memo = memoOf(px, "结果维持", "第二十条第(五)项", "行政复议", "行政处罚");
      for (String other : new String[] {"结果纠正", "尚未审结", "其他结果", "第二十条第(六)项",
          "第二十条第(八)项", "行政诉讼", "行政强制", "行政许可"}) {
        assertNull(recall(memo, other, px, 400 + px), other + " at " + px + " px");
      }
      memo.release();
    }
  }

  @Test
  void aLabelOfAnotherSizeIsNotCompared() {
    assumeTrue(installed());
    LabelMemo memo = memoOf(24, "信息内容");
    assertNotNull(recall(memo, "信息内容", 24, 7));
    assertNull(recall(memo, "信息内容", 30, 7));
    memo.release();
  }
}
