package org.nianbao.extract.image.tools;

import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.nianbao.extract.image.ImagePageResult;
import org.nianbao.extract.image.ImageTableReader;
import org.nianbao.ocr.OcrEngine;

/**
 * CPU seconds per page of {@link ImageTableReader}: {@code BenchPages DPI IMAGE...}. Prints
 * "image cpuSeconds tables cells" per page (Tesseract runs on this thread, so thread CPU time
 * covers it; run with OMP_THREAD_LIMIT=1). scripts/bench-ocr compares with the tesseract CLI.
 */
public final class BenchPages {
  public static void main(String[] args) throws Exception {
    double dpi = Double.parseDouble(args[0]);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (OcrEngine ocr = OcrEngine.tesseract("chi_sim", Optional.empty()).orElseThrow()) {
      ImageTableReader reader = new ImageTableReader(ocr);
      reader.read(new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY), 72 / dpi, 0); // warm-up
      for (int i = 1; i < args.length; i++) {
        BufferedImage img = ImageIO.read(new File(args[i]));
        long t0 = cpu.getCurrentThreadCpuTime();
        ImagePageResult r = reader.read(img, 72 / dpi, i);
        double s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("%s %.2f %d %d%n", args[i], s, r.tables().size(),
            r.tables().stream().mapToInt(t -> t.cells().size()).sum());
      }
    }
  }
}
