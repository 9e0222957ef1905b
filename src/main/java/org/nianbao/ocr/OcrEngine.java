package org.nianbao.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads text from page images. Not thread-safe: use one engine per thread (Tesseract keeps
 * per-instance state) and parallelise across pages.
 */
public interface OcrEngine extends AutoCloseable {

  /** Reads one region (a cell, a label) in the given mode. */
  OcrReading read(BufferedImage region, OcrMode mode);

  /**
   * Reads figures with the engine's digit model alone, without the full model's retries:
   * empty when that model sees no digits. A cheap screen for cells that may be labels; engines
   * without a separate digit model read as {@link #read} does.
   */
  default OcrReading readDigits(BufferedImage region, OcrMode mode) {
    return read(region, mode);
  }

  /** Reads a text area with automatic layout; one {@link OcrWord} per text line, in order. */
  List<OcrWord> readLines(BufferedImage area);

  /** Estimates which way the page is turned (Tesseract OSD). */
  Orientation orientation(BufferedImage page);

  /** Resolution hint for the images that follow (pixels per inch), for size heuristics. */
  void setResolution(int pixelsPerInch);

  @Override
  void close();

  /**
   * Tesseract through tess4j. Empty when Tesseract, the native library or the language data is
   * missing; {@link #tesseractUnavailableReason} says why.
   *
   * @param language Tesseract language(s), e.g. {@code chi_sim} or {@code chi_sim+eng}
   * @param tessdata the tessdata directory; default TESSDATA_PREFIX or the Debian/Ubuntu paths
   */
  static Optional<OcrEngine> tesseract(String language, Optional<Path> tessdata) {
    try {
      return Optional.of(TesseractEngine.open(language, tessdata));
    } catch (OcrUnavailableException e) {
      return Optional.empty();
    }
  }

  /** Why {@link #tesseract} would return empty, or empty when it would succeed. */
  static Optional<String> tesseractUnavailableReason(String language, Optional<Path> tessdata) {
    try (OcrEngine e = TesseractEngine.open(language, tessdata)) {
      return Optional.empty();
    } catch (OcrUnavailableException e) {
      return Optional.of(e.getMessage());
    }
  }
}
