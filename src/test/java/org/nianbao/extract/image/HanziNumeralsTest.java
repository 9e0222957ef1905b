package org.nianbao.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.nianbao.ocr.OcrWord;
import org.nianbao.ocr.Orientation;

/**
 * Glyph by glyph reading of a date line: bars are told from their shape, other glyphs are read
 * alone, and one the engine reads as nothing in its first frame gets other frames.
 */
class HanziNumeralsTest {
  @BeforeAll
  static void load() {
    OpenCv.load();
  }

  /** Three bars (三) and a solid block, one em (36 px) high, the block 30 px wide. */
  private static BufferedImage line() {
    BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 60);
    g.setColor(Color.BLACK);
    for (int y : new int[] {14, 26, 38}) {
      g.fillRect(8, y, 30, 4);
    }
    g.fillRect(60, 8, 30, 36);
    g.dispose();
    return img;
  }

  /** An engine that reads the block by the width of the frame it is given (in pixels). */
  private static OcrEngine byFrameWidth(Map<Integer, String> reads) {
    return new OcrEngine() {
      @Override
      public OcrReading read(BufferedImage region, OcrMode mode) {
        String t = reads.getOrDefault(region.getWidth(), "");
        return new OcrReading(t, 0.9, List.of(), List.of());
      }

      @Override
      public List<OcrWord> readLines(BufferedImage area) {
        return List.of();
      }

      @Override
      public Orientation orientation(BufferedImage page) {
        return null;
      }

      @Override
      public void setResolution(int pixelsPerInch) {}

      @Override
      public void close() {}
    };
  }

  // the block is 30 px wide and the em 36 px: frames of 0.4, 0.2 and 0.8 em are 58, 44 and 88 px
  @Test
  void aGlyphReadInTheFirstFrameIsTaken() {
    assertEquals("三日", HanziNumerals.read(line(), byFrameWidth(Map.of(58, "日", 44, "目"))));
  }

  @Test
  void aGlyphTheFirstFrameMissesIsReadInTheOthers() {
    assertEquals("三日", HanziNumerals.read(line(), byFrameWidth(Map.of(44, "日"))));
    assertEquals("三日", HanziNumerals.read(line(), byFrameWidth(Map.of(44, "日", 88, "日"))));
  }

  @Test
  void framesThatDisagreeOrReadNothingGiveNoReading() {
    assertNull(HanziNumerals.read(line(), byFrameWidth(Map.of(44, "日", 88, "目"))));
    assertNull(HanziNumerals.read(line(), byFrameWidth(Map.of())));
    assertNull(HanziNumerals.read(line(), byFrameWidth(Map.of(44, "日月"))));
  }
}
