package org.nianbao.extract.image;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The single-digit figure cells of one page that OCR read surely, kept as exemplars so that
 * their repeats on the page (a table's many 0s, 1s and 2s, printed in one font and scanned
 * alike) are recognised from their ink without another OCR call.
 *
 * <p>A cell is a repeat when its glyph box has an exemplar's size and its ink, scaled to a
 * common grid, differs from the exemplar's by at most {@link #MAX_BLOCK_DIFFERENCE} in every
 * block of a 3×4 partition: a different digit differs in some part of the glyph (3 and 8 on
 * the left, 6 and 8 at the top right), even where its ink as a whole is similar. On the scanned
 * test set the nearest repeat of another digit differed by 0.27, repeats of the same digit by
 * 0.06 at the median; at 0.12 two in three single-digit cells are recognised, none wrongly.
 * Only cells read by OCR become exemplars, so a recognised cell never teaches another, and only
 * once two of them, alike in ink, were read as the same digit: one misreading is not repeated
 * over the page. Two sure readings of alike ink as different digits keep both out.
 */
final class GlyphMemo {
  /** Grid the glyph's ink is scaled to: columns × rows. */
  private static final int COLS = 24;
  private static final int ROWS = 40;
  /** Blocks compared: columns × rows of the grid. */
  private static final int BLOCK_COLS = 3;
  private static final int BLOCK_ROWS = 4;
  /** Largest difference of mean ink (0..1) in any block for a repeat. */
  static final double MAX_BLOCK_DIFFERENCE = 0.12;
  /** Confidence from which a reading becomes an exemplar: the figure reads' sure level. */
  private static final double EXEMPLAR_CONFIDENCE = 0.93;
  /** Exemplars kept per page; a table's digits need a handful each. */
  private static final int MAX_EXEMPLARS = 64;

  /** A glyph's ink: box size in pixels and mean ink per grid cell, 0..1. */
  record Shape(int width, int height, float[] ink) {}

  private record Exemplar(Shape shape, String text, double confidence) {}

  private final List<Exemplar> exemplars = new ArrayList<>();
  /** Sure readings not yet confirmed by a second cell alike in ink. */
  private final List<Exemplar> candidates = new ArrayList<>();

  /** Whether the ink is one glyph on one line: no wider than a Chinese glyph is tall. */
  static boolean singleGlyph(Ink ink) {
    return ink.lines() == 1 && ink.box().width <= 1.1 * ink.lineHeight();
  }

  /** @param glyphInk the ink mask (255 = ink) cropped to the glyph's box */
  static Shape shape(Mat glyphInk) {
    Mat grid = new Mat();
    Imgproc.resize(glyphInk, grid, new Size(COLS, ROWS), 0, 0, Imgproc.INTER_AREA);
    byte[] px = new byte[COLS * ROWS];
    grid.get(0, 0, px);
    OpenCv.release(grid);
    float[] ink = new float[px.length];
    for (int i = 0; i < px.length; i++) {
      ink[i] = (px[i] & 0xff) / 255f;
    }
    return new Shape(glyphInk.cols(), glyphInk.rows(), ink);
  }

  /** The reading of the closest exemplar the shape repeats, or null. */
  CellReader.Reading recall(Shape shape) {
    Exemplar best = null;
    double bestDifference = MAX_BLOCK_DIFFERENCE;
    for (Exemplar e : exemplars) {
      if (sameSize(e.shape(), shape)) {
        double d = difference(e.shape().ink(), shape.ink());
        if (d <= bestDifference) {
          best = e;
          bestDifference = d;
        }
      }
    }
    return best == null ? null : new CellReader.Reading(best.text(), best.confidence(), false);
  }

  /**
   * Notes a sure single-digit OCR reading of the shape: it makes an exemplar when an earlier
   * one of the same digit is alike in ink.
   */
  void learn(Shape shape, CellReader.Reading reading) {
    String t = reading.text();
    if (exemplars.size() >= MAX_EXEMPLARS || t.length() != 1 || !Character.isDigit(t.charAt(0))
        || reading.confidence() < EXEMPLAR_CONFIDENCE || !reading.alternatives().isEmpty()) {
      return;
    }
    for (int i = 0; i < candidates.size(); i++) {
      Exemplar c = candidates.get(i);
      if (sameSize(c.shape(), shape)
          && difference(c.shape().ink(), shape.ink()) <= MAX_BLOCK_DIFFERENCE) {
        candidates.remove(i);
        if (c.text().equals(t)) {
          exemplars.add(new Exemplar(c.shape(), t, Math.min(c.confidence(),
              reading.confidence())));
        }
        return; // alike ink read as another digit: neither is trusted
      }
    }
    if (candidates.size() < MAX_EXEMPLARS) {
      candidates.add(new Exemplar(shape, t, reading.confidence()));
    }
  }

  private static boolean sameSize(Shape a, Shape b) {
    return Math.abs(a.width() - b.width()) <= Math.max(2, 0.15 * a.width())
        && Math.abs(a.height() - b.height()) <= Math.max(2, 0.1 * a.height());
  }

  /** Largest difference of mean ink over the blocks of the grid. */
  static double difference(float[] a, float[] b) {
    int bw = COLS / BLOCK_COLS;
    int bh = ROWS / BLOCK_ROWS;
    double worst = 0;
    for (int by = 0; by < BLOCK_ROWS; by++) {
      for (int bx = 0; bx < BLOCK_COLS; bx++) {
        double sum = 0;
        for (int y = by * bh; y < (by + 1) * bh; y++) {
          for (int x = bx * bw; x < (bx + 1) * bw; x++) {
            sum += a[y * COLS + x] - b[y * COLS + x];
          }
        }
        worst = Math.max(worst, Math.abs(sum) / (bw * bh));
      }
    }
    return worst;
  }
}
