package org.nianbao.extract.image.tools;

import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.nianbao.extract.image.ImagePageResult;
import org.nianbao.extract.image.ImageTableReader;
import org.nianbao.extract.image.PageImages;
import org.nianbao.model.Table;
import org.nianbao.ocr.OcrEngine;

/**
 * CPU seconds per page of {@link ImageTableReader} on scanned PDFs:
 * {@code BenchPages OUTDIR PDF...}. Each page's embedded image is written to OUTDIR as PNG (so
 * the tesseract CLI baseline reads the very same pixels) and read once; prints
 * "png dpi cpuSeconds [tesseractSeconds] kind tables cells" per page, kind as the pipeline would
 * call it (table / narrative / mixed / blank). The time is the whole process's CPU time over the
 * page (every thread: Tesseract's and OpenCV's, which both run single-threaded here, and the
 * JVM's garbage collector), as /usr/bin/time counts the tesseract baseline; the page image's
 * decoding is counted as the pipeline pays it. Run with OMP_THREAD_LIMIT=1. The first PDF's
 * pages are read once before timing (JIT and model warm-up, see {@link #warmUp}).
 * scripts/bench-ocr compares with the tesseract CLI.
 */
public final class BenchPages {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    com.sun.management.OperatingSystemMXBean cpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (OcrEngine tess = OcrEngine.tesseract("chi_sim", Optional.empty()).orElseThrow()) {
      OcrEngine ocr = OCR_STATS ? new CountingOcr(tess) : tess;
      ImageTableReader reader = new ImageTableReader(ocr, templateLabels());
      warmUp(reader, Path.of(args[1]));
      for (int i = 1; i < args.length; i++) {
        String name = Path.of(args[i]).getFileName().toString().replaceAll("\\.pdf$", "");
        try (PDDocument doc = PDDocument.load(new File(args[i]))) {
          int n = 0;
          for (PDPage page : doc.getPages()) {
            n++;
            PDImageXObject embedded = PageImages.firstImage(page);
            BufferedImage img = PageImages.decodeGray(embedded);
            double ppp = page.getMediaBox().getWidth() / img.getWidth();
            int dpi = (int) Math.round(72 / ppp);
            File png = out.resolve(name + "-" + n + ".png").toFile();
            ImageIO.write(img, "png", png);
            // timed as the pipeline pays it: the page image decoded, then read (the tesseract
            // baseline decodes its PNG too)
            long t0 = cpu.getProcessCpuTime();
            img = PageImages.decodeGray(embedded);
            if (ocr instanceof CountingOcr c) {
              c.reset();
            }
            ImagePageResult r = reader.read(img, ppp, n);
            double s = (cpu.getProcessCpuTime() - t0) / 1e9;
            if (ocr instanceof CountingOcr c) {
              System.err.println(png.getName() + " ocr " + c);
            }
            String baseline = PAIRED ? String.format(Locale.ROOT, " %.3f", tesseractCli(png, dpi))
                : "";
            System.out.printf(Locale.ROOT, "%s %d %.3f%s %s %d %d%n", png, dpi, s, baseline,
                kind(r), r.tables().size(),
                r.tables().stream().mapToInt(t -> t.cells().size()).sum());
          }
        }
      }
    }
  }

  /** The shipped templates' labels, as the pipeline hands them to the reader. */
  private static org.nianbao.extract.image.LabelLexicon templateLabels() {
    org.nianbao.reconcile.TemplateLabels labels =
        org.nianbao.reconcile.TemplateLabels.fromClasspath();
    return org.nianbao.extract.image.LabelLexicon.of(labels::near, labels::beginningAs);
  }

  /**
   * Reads every page of the first PDF once, untimed: the JIT compiles the code of every page
   * kind (a narrative first page alone left the first table page paying for compiling the
   * cell reader, about half a CPU second), and the models are loaded, as in a batch run's
   * steady state.
   */
  private static void warmUp(ImageTableReader reader, Path pdf) throws Exception {
    try (PDDocument doc = PDDocument.load(pdf.toFile())) {
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        BufferedImage img = PageImages.decodeGray(PageImages.firstImage(page));
        reader.read(img, page.getMediaBox().getWidth() / img.getWidth(), n);
      }
    }
  }

  /**
   * With {@code -Dnianbao.bench.paired=true} each page's time is followed by plain
   * {@code tesseract PNG - -l chi_sim --dpi N}'s (child user+sys from /usr/bin/time), run right
   * after the reader on the same page: both figures come from the same minute of a machine whose
   * speed drifts.
   */
  private static final boolean PAIRED = Boolean.getBoolean("nianbao.bench.paired");

  /**
   * With {@code -Dnianbao.bench.ocrstats=true} the OCR calls of each page are counted with
   * their thread CPU time, by method and mode, on stderr: where a page's recognition goes.
   */
  private static final boolean OCR_STATS = Boolean.getBoolean("nianbao.bench.ocrstats")
      || Boolean.getBoolean("nianbao.bench.ocrtrace");

  /**
   * With {@code -Dnianbao.bench.ocrtrace=true} every OCR call is also printed on stderr as it
   * returns: method and mode, image size, thread CPU ms, text and confidence (which cells are
   * read how often, and what each read costs).
   */
  private static final boolean OCR_TRACE = Boolean.getBoolean("nianbao.bench.ocrtrace");

  /** Counts an engine's calls and their thread CPU seconds per method and mode. */
  private static final class CountingOcr implements OcrEngine {
    private final OcrEngine e;
    private final java.util.TreeMap<String, double[]> calls = new java.util.TreeMap<>();
    private final java.lang.management.ThreadMXBean threads =
        ManagementFactory.getThreadMXBean();

    CountingOcr(OcrEngine e) {
      this.e = e;
    }

    void reset() {
      calls.clear();
    }

    private <T> T count(String key, BufferedImage image, java.util.function.Supplier<T> call) {
      String size = image.getWidth() + "x" + image.getHeight();
      long t0 = threads.getCurrentThreadCpuTime();
      T out = call.get();
      double[] c = calls.computeIfAbsent(key, k -> new double[2]);
      c[0]++;
      double s = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
      c[1] += s;
      if (OCR_TRACE) {
        String what = out instanceof org.nianbao.ocr.OcrReading r
            ? String.format(Locale.ROOT, "'%s' %.2f", r.text().replace("\n", "/"), r.confidence())
            : out instanceof java.util.List<?> l ? l.size() + " lines" : String.valueOf(out);
        System.err.printf(Locale.ROOT, "  call %s %s %.1f ms %s%n", key, size, s * 1000, what);
      }
      return out;
    }

    @Override
    public org.nianbao.ocr.OcrReading read(BufferedImage region, org.nianbao.ocr.OcrMode mode) {
      return count("read " + mode, region, () -> e.read(region, mode));
    }

    @Override
    public org.nianbao.ocr.OcrReading readDigits(BufferedImage region,
        org.nianbao.ocr.OcrMode mode) {
      return count("digits " + mode, region, () -> e.readDigits(region, mode));
    }

    @Override
    public java.util.List<org.nianbao.ocr.OcrWord> readLines(BufferedImage area) {
      return count("lines", area, () -> e.readLines(area));
    }

    @Override
    public org.nianbao.ocr.Orientation orientation(BufferedImage page) {
      return count("orientation", page, () -> e.orientation(page));
    }

    @Override
    public void setResolution(int pixelsPerInch) {
      e.setResolution(pixelsPerInch);
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      calls.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " [%s: %d, %.2f s]", k,
          (int) v[0], v[1])));
      return sb.toString();
    }
  }

  private static double tesseractCli(File png, int dpi) throws Exception {
    Process p = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "tesseract", png.toString(),
        "-", "-l", "chi_sim", "--dpi", Integer.toString(dpi))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("tesseract failed on " + png + ": " + err);
    }
    String[] last = err.substring(err.lastIndexOf('\n') + 1).trim().split("\\s+");
    return Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
  }

  /** As the pipeline classifies OCR pages (OcrPageReader): text outside tables vs cell text. */
  private static String kind(ImagePageResult r) {
    int text = r.linesOutsideTables().stream().mapToInt(l -> l.text().length()).sum();
    if (r.tables().isEmpty()) {
      return text == 0 ? "blank" : "narrative";
    }
    int cells = 0;
    for (Table t : r.tables()) {
      cells += t.cells().stream().mapToInt(c -> c.text().length()).sum();
    }
    return text < 0.2 * (text + cells) ? "table" : "mixed";
  }
}
