package org.nianbao.ocr;

import java.util.List;

/**
 * What the engine read in one region.
 *
 * @param text the text, CJK lines joined without separators, never null
 * @param confidence 0..1; the weakest word's confidence, so one doubtful digit lowers it
 * @param words the words with their own confidences, boxes in pixels of the read image
 * @param alternatives other readings the engine considered plausible, best first (may be empty)
 */
public record OcrReading(
    String text, double confidence, List<OcrWord> words, List<String> alternatives) {

  public OcrReading {
    text = text == null ? "" : text;
    words = List.copyOf(words);
    alternatives = List.copyOf(alternatives);
  }

  public static OcrReading empty() {
    return new OcrReading("", 0, List.of(), List.of());
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
