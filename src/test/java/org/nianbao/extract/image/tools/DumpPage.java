package org.nianbao.extract.image.tools;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.nianbao.extract.image.ImagePageResult;
import org.nianbao.extract.image.ImageTableReader;
import org.nianbao.extract.image.OcrLine;
import org.nianbao.model.Cell;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;

/** Prints what {@link ImageTableReader} finds on page images: {@code DumpPage DPI IMAGE...}. */
public final class DumpPage {
  public static void main(String[] args) throws Exception {
    double dpi = Double.parseDouble(args[0]);
    try (OcrEngine ocr = OcrEngine.tesseract("chi_sim", Optional.empty()).orElseThrow(
        () -> new IllegalStateException(
            OcrEngine.tesseractUnavailableReason("chi_sim", Optional.empty()).orElse("?")))) {
      ImageTableReader reader = new ImageTableReader(ocr);
      for (int i = 1; i < args.length; i++) {
        BufferedImage img = ImageIO.read(new File(args[i]));
        long t0 = System.nanoTime();
        ImagePageResult r = reader.read(img, 72.0 / dpi, i);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("== %s rotation=%d skew=%.2f tables=%d lines=%d %.2fs%n", args[i],
            r.rotation(), r.skewDegrees(), r.tables().size(), r.linesOutsideTables().size(), s);
        for (OcrLine l : r.linesOutsideTables()) {
          System.out.printf("  line %.2f h=%.1f %s%n", l.confidence(), l.heightPoints(), l.text());
        }
        for (Table t : r.tables()) {
          System.out.printf("  table %s %dx%d cells=%d%n", t.id(), t.rowCount(), t.columnCount(),
              t.cells().size());
          for (Cell c : t.cells()) {
            System.out.printf("    [%d,%d %dx%d] %.2f %s%n", c.row(), c.column(), c.rowSpan(),
                c.columnSpan(), c.confidence(), c.text());
          }
        }
      }
    }
  }
}
