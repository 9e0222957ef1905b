package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.model.Report;

/**
 * Warm-JVM throughput and latency over a folder of PDFs, on one thread (one core). Run by
 * {@code scripts/bench}, which adds the whole-process and batch figures.
 *
 * <p>Usage: {@code Bench DIR [ROUNDS]}
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    Path dir = Path.of(args.length > 0 ? args[0] : "testdata/born-digital");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(dir)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    if (pdfs.isEmpty()) {
      System.err.println("bench: no PDFs in " + dir);
      System.exit(3);
    }
    Nianbao nianbao = Nianbao.create(Options.defaults());
    for (Path p : pdfs) {
      nianbao.extractFile(p); // warm-up: JIT, font and template caches
    }
    List<Double> perReportMs = new ArrayList<>();
    List<Double> perPageMs = new ArrayList<>();
    long pages = 0;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Path p : pdfs) {
        long t0 = System.nanoTime();
        Report rep = nianbao.extractFile(p);
        double ms = (System.nanoTime() - t0) / 1e6;
        perReportMs.add(ms);
        int n = rep.source().pageCount();
        pages += n;
        perPageMs.add(ms / Math.max(1, n));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Collections.sort(perReportMs);
    Collections.sort(perPageMs);
    double avgPages = (double) pages / perReportMs.size();
    System.out.printf(Locale.ROOT,
        "warm, 1 thread, %s: %d reports x %d rounds, %.1f pages/report%n",
        dir, pdfs.size(), rounds, avgPages);
    System.out.printf(Locale.ROOT, "  pages per second:        %.1f%n", pages / seconds);
    System.out.printf(Locale.ROOT, "  report latency ms:       median %.0f, p95 %.0f, max %.0f%n",
        pct(perReportMs, 0.5), pct(perReportMs, 0.95), perReportMs.get(perReportMs.size() - 1));
    System.out.printf(Locale.ROOT, "  5-page report ms (est.): %.0f (median per-page x 5)%n",
        pct(perPageMs, 0.5) * 5);
  }

  private static double pct(List<Double> sorted, double q) {
    int i = (int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)));
    return sorted.get(i);
  }
}
