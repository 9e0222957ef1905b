package org.nianbao.extract.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Renders a short string as a scanned figure cell would show it (the table fonts of the corpus
 * generator and common office fonts, 7.5–12 pt at 150–300 dpi; skew, blur, gray levels, noise,
 * JPEG as scripts/gen-scans degrades pages; thickened or thinned strokes as photocopies have),
 * binarises it as the page reader does and cuts it with {@link DigitClassifier#cut}: the glyphs
 * come with the character each one shows, from the font's own glyph positions.
 */
final class GlyphRenderer {
  /** Families tried; those not installed are skipped. The first five are the generator's. */
  static final List<String> FAMILIES = List.of("Noto Serif CJK SC", "Noto Sans CJK SC",
      "AR PL UMing CN", "AR PL UKai CN", "WenQuanYi Zen Hei", "DejaVu Sans", "DejaVu Serif",
      "DejaVu Sans Mono", "Liberation Sans", "Liberation Serif", "Liberation Mono",
      "Liberation Sans Narrow");

  /** One cut glyph with its label: '0'..'9', or 0 for anything else. */
  record Sample(Mat ink, char label, String font, int dpi) {}

  static List<String> installed() {
    Set<String> have = Set.of(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    return FAMILIES.stream().filter(have::contains).toList();
  }

  private final Random rnd;

  GlyphRenderer(long seed) {
    this.rnd = new Random(seed);
  }

  /**
   * Renders {@code text} in the family and cuts it; the glyphs whose label is known (digits, and
   * anything cut from other characters or from several characters at once as 0). Empty when
   * nothing was cut.
   */
  /** A rendered, degraded and binarised string: its despeckled ink, the characters' x spans. */
  record Rendered(Mat ink, Ink measured, int[][] spans) {}

  Rendered renderInk(String text, String family, boolean bold, int dpi, double points) {
    double px = points * dpi / 72.0;
    Font font = new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) px);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    GlyphVector gv = font.createGlyphVector(frc, text);
    int margin = (int) Math.round(0.15 * dpi);
    Rectangle all = gv.getPixelBounds(frc, 0, 0);
    int w = all.width + 2 * margin;
    int h = (int) Math.round(px * 1.6) + 2 * margin;
    float ox = (float) (margin - all.x + rnd.nextDouble());
    float oy = (float) (margin + px * 1.1 + rnd.nextDouble());
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = img.createGraphics();
    int paper = 200 + rnd.nextInt(56);
    int toner = rnd.nextInt(10) < 8 ? rnd.nextInt(40) : 40 + rnd.nextInt(50);
    g.setColor(new Color(paper, paper, paper));
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    double skew = Math.toRadians((rnd.nextDouble() * 2 - 1) * 0.6);
    g.rotate(skew, w / 2.0, h / 2.0);
    g.setColor(new Color(toner, toner, toner));
    g.drawGlyphVector(gv, ox, oy);
    g.dispose();
    Mat gray = OpenCv.toMat(img);
    degrade(gray, dpi);
    Mat ink = Binarizer.ink(gray, dpi);
    Mat clean = Ink.despeckle(ink, dpi);
    OpenCv.release(gray, ink);
    int[][] spans = new int[text.length()][];
    for (int i = 0; i < text.length(); i++) {
      Rectangle b = gv.getGlyphPixelBounds(i, frc, ox, oy);
      spans[i] = new int[] {b.x, b.x + b.width};
    }
    return new Rendered(clean, Ink.measure(clean, dpi), spans);
  }

  List<Sample> render(String text, String family, boolean bold, int dpi, double points) {
    Rendered rendered = renderInk(text, family, bold, dpi, points);
    Mat clean = rendered.ink();
    Ink measured = rendered.measured();
    int[][] spans = rendered.spans();
    List<Sample> out = new ArrayList<>();
    if (measured == null || measured.lines() != 1) {
      OpenCv.release(clean);
      return out;
    }
    DigitClassifier.Cut cut = DigitClassifier.cut(clean, measured.box(), dpi);
    for (DigitClassifier.Glyph gl : cut.glyphs()) {
      Rect r = gl.box();
      char label = label(text, spans, r.x, r.x + r.width);
      if (label == 1) {
        continue; // a piece of a glyph: not what a clean cut gives
      }
      out.add(new Sample(clean.submat(r).clone(), label, family + (bold ? " Bold" : ""), dpi));
    }
    OpenCv.release(clean);
    return out;
  }

  /**
   * The character the cut x range shows: a digit when it covers one digit alone, 0 when it
   * covers a non-digit or more than one character, 1 when it is a part of one character only.
   */
  private static char label(String text, int[][] spans, int x1, int x2) {
    int covered = -1;
    int touched = 0;
    for (int i = 0; i < spans.length; i++) {
      int cw = Math.max(1, spans[i][1] - spans[i][0]);
      int overlap = Math.min(x2, spans[i][1]) - Math.max(x1, spans[i][0]);
      if (overlap > 0.5 * cw) {
        touched++;
        covered = i;
      } else if (overlap > 0.3 * cw) {
        touched++;
      }
    }
    if (touched == 0) {
      return 0;
    }
    if (touched > 1 || covered < 0) {
      return (char) (touched > 1 ? 0 : 1);
    }
    char c = text.charAt(covered);
    if (!Character.isDigit(c)) {
      return 0;
    }
    int cw = spans[covered][1] - spans[covered][0];
    return (x2 - x1) < 0.75 * cw ? 1 : c;
  }

  /** Blur, photocopy thickening or thinning, noise and JPEG, drawn at random. */
  private void degrade(Mat gray, int dpi) {
    double k = dpi / 150.0;
    double blur = rnd.nextDouble() * 0.8 * k;
    if (blur > 0.2) {
      Imgproc.GaussianBlur(gray, gray, new Size(0, 0), blur);
    }
    int stroke = rnd.nextInt(10);
    if (stroke == 0 || stroke == 1) {
      // toner spread (thicker) or lost (thinner) by a pixel
      Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT,
          new Size(k >= 1.9 ? 2 : 1, k >= 1.9 ? 2 : 1));
      Mat kernel2 = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2, 1));
      Mat use = k >= 1.9 ? kernel : kernel2;
      if (stroke == 0) {
        Imgproc.erode(gray, gray, use);
      } else {
        Imgproc.dilate(gray, gray, use);
      }
      OpenCv.release(kernel, kernel2);
    }
    double sigma = 2 + rnd.nextDouble() * 16;
    Mat noise = new Mat(gray.size(), CvType.CV_16SC1);
    Core.randn(noise, 0, sigma);
    Mat g16 = new Mat();
    gray.convertTo(g16, CvType.CV_16SC1);
    Core.add(g16, noise, g16);
    g16.convertTo(gray, CvType.CV_8UC1);
    OpenCv.release(noise, g16);
    MatOfByte jpg = new MatOfByte();
    int q = 55 + rnd.nextInt(41);
    Imgcodecs.imencode(".jpg", gray, jpg, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, q));
    Mat back = Imgcodecs.imdecode(jpg, Imgcodecs.IMREAD_GRAYSCALE);
    back.copyTo(gray);
    OpenCv.release(jpg, back);
  }
}
