package org.nianbao.extract.image;

import java.util.List;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Prints the grids found on page images, with their merged cells, and writes their rule masks,
 * without OCR (for tuning rule detection by eye): {@code RulesProbe DPI OUTDIR IMAGE...}.
 */
public final class RulesProbe {
  public static void main(String[] args) {
    OpenCv.load();
    double ppi = Double.parseDouble(args[0]);
    new java.io.File(args[1]).mkdirs();
    for (int i = 2; i < args.length; i++) {
      Mat scan = Imgcodecs.imread(args[i], Imgcodecs.IMREAD_GRAYSCALE);
      Mat ink0 = Binarizer.ink(scan, ppi);
      double skew = SkewEstimator.measure(ink0);
      Mat gray = Math.abs(skew) >= UprightPage.MIN_CORRECTED_SKEW
          ? SkewEstimator.rotate(scan, skew, 255) : scan;
      SealInk.suppressGraySeals(gray, ppi);
      long t0 = System.nanoTime();
      Mat ink = Binarizer.ink(gray, ppi);
      RuleMasks m = RuleMasks.of(gray, ink, ppi);
      List<Grid> grids = GridFinder.find(m, ppi);
      double s = (System.nanoTime() - t0) / 1e9;
      String base = new java.io.File(args[i]).getName().replaceAll("\\.[a-z]+$", "");
      Imgcodecs.imwrite(args[1] + "/" + base + "-rules.png", m.rules);
      Imgcodecs.imwrite(args[1] + "/" + base + "-ink.png", ink);
      System.out.printf("== %s skew=%.2f grids=%d %.2fs%n", base, skew, grids.size(), s);
      for (Grid g : grids) {
        System.out.printf("  %s stacked=%s %dx%d xs=%s ys=%s%n", g.area(), g.stacked(), g.rows(),
            g.columns(), java.util.Arrays.toString(g.xs()), java.util.Arrays.toString(g.ys()));
        // merged cells decide which figure a cell holds, as much as the grid lines do
        StringBuilder merged = new StringBuilder();
        for (SpanResolver.Span sp : SpanResolver.resolve(g, m, Math.max(4, ppi * 0.04))) {
          if (sp.rowSpan() > 1 || sp.columnSpan() > 1) {
            merged.append(String.format(" r%dc%d:%dx%d", sp.row(), sp.column(), sp.rowSpan(),
                sp.columnSpan()));
          }
        }
        System.out.printf("    merged%s%n", merged);
      }
    }
  }
}
