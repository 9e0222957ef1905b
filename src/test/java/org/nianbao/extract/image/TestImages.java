package org.nianbao.extract.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.nianbao.ocr.OcrWord;
import org.nianbao.ocr.Orientation;
import org.junit.jupiter.api.Assumptions;

/** Fixture loading and scanner-like degradations done with Java2D (independent of OpenCV). */
final class TestImages {
  /** ruled-tables.png: fixture.html rendered by LibreOffice, pdftoppm -r 150 -gray. */
  static final double FIXTURE_DPI = 150;

  private TestImages() {}

  static BufferedImage fixture() throws IOException {
    try (InputStream in = TestImages.class.getResourceAsStream("ruled-tables.png")) {
      return ImageIO.read(in);
    }
  }

  /** Rotates clockwise by degrees about the centre, white background, same canvas. */
  static BufferedImage rotate(BufferedImage src, double degrees) {
    BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return out;
  }

  /** Turns the page a quarter clockwise (a sheet fed sideways). */
  static BufferedImage quarterTurn(BufferedImage src) {
    BufferedImage out = new BufferedImage(src.getHeight(), src.getWidth(),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    AffineTransform t = new AffineTransform();
    t.translate(src.getHeight(), 0);
    t.rotate(Math.PI / 2);
    g.drawImage(src, t, null);
    g.dispose();
    return out;
  }

  /** Adds seeded Gaussian noise of the given sigma (gray levels). */
  static BufferedImage noise(BufferedImage src, double sigma, long seed) {
    Random rnd = new Random(seed);
    BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(),
        BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < src.getHeight(); y++) {
      for (int x = 0; x < src.getWidth(); x++) {
        int v = src.getRaster().getSample(x, y, 0) + (int) Math.round(rnd.nextGaussian() * sigma);
        out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
      }
    }
    return out;
  }

  static OcrEngine tesseractOrSkip() {
    Optional<OcrEngine> e = OcrEngine.tesseract("chi_sim", Optional.empty());
    Assumptions.assumeTrue(e.isPresent(), () -> "Tesseract unavailable, skipping OCR test: "
        + OcrEngine.tesseractUnavailableReason("chi_sim", Optional.empty()).orElse("?"));
    return e.get();
  }

  /** An engine that reads nothing: for tests of the grid alone, without Tesseract. */
  static OcrEngine blind() {
    return new OcrEngine() {
      @Override
      public OcrReading read(BufferedImage region, OcrMode mode) {
        return OcrReading.empty();
      }

      @Override
      public List<OcrWord> readLines(BufferedImage area) {
        return List.of();
      }

      @Override
      public Orientation orientation(BufferedImage page) {
        return Orientation.unknown();
      }

      @Override
      public void setResolution(int pixelsPerInch) {}

      @Override
      public void close() {}
    };
  }
}
