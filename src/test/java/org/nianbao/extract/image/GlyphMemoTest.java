package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/** Repeats of a drawn digit are recognised; other digits and other sizes are not. */
class GlyphMemoTest {
  /** A digit drawn as ink (255) at a glyph height of ~{@code px}, speckled, cropped to its box. */
  private static Mat glyph(String digit, int px, long seed, double speckle) {
    OpenCv.load();
    BufferedImage img = new BufferedImage(px * 3, px * 3, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, (int) Math.round(px * 1.4)));
    g.drawString(digit, px, px * 2);
    g.dispose();
    Mat m = OpenCv.toMat(img);
    Random r = new Random(seed);
    byte[] row = new byte[m.cols()];
    for (int y = 0; y < m.rows(); y++) {
      m.get(y, 0, row);
      for (int x = 0; x < row.length; x++) {
        if (row[x] != 0 && r.nextDouble() < speckle) {
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

  private static GlyphMemo.Shape shape(String digit, int px, long seed) {
    Mat m = glyph(digit, px, seed, 0.04);
    GlyphMemo.Shape s = GlyphMemo.shape(m);
    OpenCv.release(m);
    return s;
  }

  private static CellReader.Reading sure(String text) {
    return new CellReader.Reading(text, 0.96, false);
  }

  /** Two cells alike in ink read surely as the digit, as OCR would on the page. */
  private static void learnTwice(GlyphMemo memo, String digit, int px, long seed) {
    memo.learn(shape(digit, px, seed), sure(digit));
    memo.learn(shape(digit, px, seed + 100), sure(digit));
  }

  @Test
  void aRepeatOfASurelyReadDigitIsRecognisedWithItsReading() {
    GlyphMemo memo = new GlyphMemo();
    learnTwice(memo, "0", 30, 1);
    learnTwice(memo, "8", 30, 2);
    CellReader.Reading zero = memo.recall(shape("0", 30, 3));
    assertNotNull(zero);
    assertEquals("0", zero.text());
    assertEquals(0.96, zero.confidence(), 1e-9);
    assertEquals("8", memo.recall(shape("8", 30, 4)).text());
  }

  @Test
  void oneSureReadingIsNotEnough() {
    GlyphMemo memo = new GlyphMemo();
    memo.learn(shape("0", 30, 1), sure("0"));
    assertNull(memo.recall(shape("0", 30, 3)), "a single reading might be a misreading");
  }

  @Test
  void alikeInkReadAsTwoDigitsIsNotTrusted() {
    GlyphMemo memo = new GlyphMemo();
    memo.learn(shape("1", 30, 1), sure("7")); // a misreading
    memo.learn(shape("1", 30, 2), sure("1"));
    assertNull(memo.recall(shape("1", 30, 9)), "conflicting readings teach nothing");
    memo.learn(shape("1", 30, 3), sure("1"));
    assertNull(memo.recall(shape("1", 30, 9)), "one reading since the conflict");
    memo.learn(shape("1", 30, 4), sure("1"));
    assertEquals("1", memo.recall(shape("1", 30, 9)).text());
  }

  @Test
  void otherDigitsOfTheSameSizeAreNotRepeats() {
    GlyphMemo memo = new GlyphMemo();
    for (String d : new String[] {"0", "3", "5", "6", "8", "9"}) {
      GlyphMemo only = new GlyphMemo();
      learnTwice(only, d, 30, 7);
      for (String other : new String[] {"0", "3", "5", "6", "8", "9"}) {
        CellReader.Reading r = only.recall(shape(other, 30, 11));
        if (other.equals(d)) {
          assertNotNull(r, d + " not recognised as itself");
        } else {
          assertNull(r, other + " taken for " + d);
        }
      }
    }
    assertNull(memo.recall(shape("0", 30, 1)), "an empty memo knows nothing");
  }

  @Test
  void aGlyphOfAnotherSizeIsNotARepeat() {
    GlyphMemo memo = new GlyphMemo();
    learnTwice(memo, "0", 30, 1);
    assertNull(memo.recall(shape("0", 40, 2)));
  }

  @Test
  void onlySureSingleDigitReadingsBecomeExemplars() {
    GlyphMemo memo = new GlyphMemo();
    for (long seed : new long[] {1, 2}) {
      memo.learn(shape("0", 30, seed), new CellReader.Reading("0", 0.85, false));
      memo.learn(shape("1", 30, seed), sure("11"));
      memo.learn(shape("7", 30, seed), sure("了"));
      memo.learn(shape("4", 30, seed),
          new CellReader.Reading("4", 0.95, false, java.util.List.of("1")));
    }
    for (String d : new String[] {"0", "1", "7", "4"}) {
      assertNull(memo.recall(shape(d, 30, 5)), d);
    }
  }
}
