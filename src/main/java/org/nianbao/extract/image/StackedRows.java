package org.nianbao.extract.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.ocr.OcrEngine;
import org.nianbao.ocr.OcrMode;
import org.nianbao.ocr.OcrReading;
import org.nianbao.ocr.OcrWord;

/**
 * A line of the page layout that holds two rows of print: the layout pass takes two tightly set
 * lines (a wrapped display title whose second line is only 报告) for one, and the recognizer then
 * reads one of them badly and drops the other. Where the line's ink falls into rows of about one
 * height with white between them across the whole width, each row is read again on its own
 * (only for a line at least three times as wide as tall).
 */
final class StackedRows {
  /** Rows of fewer inked pixels are speckle, not print. */
  private static final int MIN_INK = 2;

  private StackedRows() {}

  /**
   * The rows of print in a line's ink profile (inked pixels per pixel row, top to bottom) as
   * [first, end) pairs, or a single row when the line is not two or more rows: every row must be
   * at least half as tall as the tallest and a quarter of the line, so that the bars of 二 and 三
   * or a lone stroke do not count as rows, and the white between rows must be at least a tenth of
   * the shorter neighbour's height.
   */
  static List<int[]> rows(int[] profile) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    for (int y = 0; y <= profile.length; y++) {
      boolean ink = y < profile.length && profile[y] >= MIN_INK;
      if (ink && start < 0) {
        start = y;
      } else if (!ink && start >= 0) {
        runs.add(new int[] {start, y});
        start = -1;
      }
    }
    if (runs.size() < 2) {
      return runs;
    }
    int top = runs.get(0)[0];
    int height = runs.get(runs.size() - 1)[1] - top;
    int tallest = runs.stream().mapToInt(r -> r[1] - r[0]).max().getAsInt();
    for (int i = 0; i < runs.size(); i++) {
      int h = runs.get(i)[1] - runs.get(i)[0];
      if (2 * h < tallest || 4 * h < height) {
        return List.of(new int[] {top, top + height});
      }
      if (i > 0) {
        int gap = runs.get(i)[0] - runs.get(i - 1)[1];
        int shorter = Math.min(h, runs.get(i - 1)[1] - runs.get(i - 1)[0]);
        if (10 * gap < shorter) {
          return List.of(new int[] {top, top + height});
        }
      }
    }
    return runs;
  }

  /**
   * The line as read, or its rows each read again as one line when it holds two or more. A row
   * that another line of the layout already holds is left to that line; the line as read when a
   * row reads as nothing or every row is another line's.
   */
  static List<OcrWord> split(OcrEngine ocr, BufferedImage area, OcrWord line,
      List<OcrWord> layout) {
    Rectangle b = line.box().intersection(new Rectangle(0, 0, area.getWidth(), area.getHeight()));
    // two rows of print are over two ems tall and, being lines, several ems wide; a lone glyph
    // built of a top and a bottom part (告, 昌) is as wide as tall and stays whole
    if (b.width <= 0 || b.height <= 0 || b.width < 3 * b.height) {
      return List.of(line);
    }
    BufferedImage ink = DateLine.otsu(area.getSubimage(b.x, b.y, b.width, b.height));
    int[] profile = new int[b.height];
    for (int y = 0; y < b.height; y++) {
      for (int x = 0; x < b.width; x++) {
        if ((ink.getRaster().getSample(x, y, 0)) == 0) {
          profile[y]++;
        }
      }
    }
    List<int[]> rows = rows(profile);
    if (rows.size() < 2) {
      return List.of(line);
    }
    List<OcrWord> out = new ArrayList<>();
    for (int[] r : rows) {
      int left = b.width;
      int right = 0;
      for (int y = r[0]; y < r[1]; y++) {
        for (int x = 0; x < b.width; x++) {
          if (ink.getRaster().getSample(x, y, 0) == 0) {
            left = Math.min(left, x);
            right = Math.max(right, x + 1);
          }
        }
      }
      Rectangle row = new Rectangle(b.x + left, b.y + r[0], right - left, r[1] - r[0]);
      if (coveredByAnother(row, line, layout)) {
        continue; // on a slanted page a line's box reaches over its neighbours, read on their own
      }
      int m = Math.max(4, row.height / 2);
      int x = Math.max(0, row.x - m);
      int y = Math.max(0, row.y - m);
      int w = Math.min(area.getWidth(), row.x + row.width + m) - x;
      int h = Math.min(area.getHeight(), row.y + row.height + m) - y;
      OcrReading read = ocr.read(area.getSubimage(x, y, w, h), OcrMode.TEXT_LINE);
      String text = read.text().strip();
      if (text.isEmpty()) {
        return List.of(line);
      }
      out.add(new OcrWord(text, row, read.confidence()));
    }
    return out.isEmpty() ? List.of(line) : out;
  }

  /** Whether another line of the layout holds at least half of the row's box. */
  static boolean coveredByAnother(Rectangle row, OcrWord line, List<OcrWord> layout) {
    double area = (double) row.width * row.height;
    for (OcrWord o : layout) {
      if (o == line) {
        continue;
      }
      Rectangle i = o.box().intersection(row);
      if (!i.isEmpty() && (double) i.width * i.height >= 0.5 * area) {
        return true;
      }
    }
    return false;
  }
}
