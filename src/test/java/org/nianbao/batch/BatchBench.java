package org.nianbao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Benchmark for {@code scripts/bench-batch}: runs a forced batch over a folder and prints
 * documents per minute and peak RSS (VmHWM from /proc/self/status, Linux only). Uses {@link
 * PdfBoxTextExtractor} until the real pipeline is wired in. Numbers are for humans; no test
 * asserts them.
 *
 * <p>Usage: {@code BatchBench FOLDER [JOBS] [OUT]}; OUT defaults to a fresh temp folder.
 */
public final class BatchBench {
  private BatchBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: bench-batch FOLDER [JOBS] [OUT]");
      System.exit(2);
    }
    int jobs = args.length > 1 ? Integer.parseInt(args[1])
        : Runtime.getRuntime().availableProcessors();
    Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("nianbao-bench");
    BatchOptions options = BatchOptions.builder(out).jobs(jobs).timeout(Duration.ofMinutes(5))
        .rerun(RerunPolicy.FORCE).progress(ProgressMode.AUTO).build();
    BatchResult r = new BatchRunner(options, new PdfBoxTextExtractor(0))
        .run(List.of(Path.of(args[0])));
    double minutes = r.seconds() / 60;
    System.out.println(r.describe());
    System.out.printf("jobs %d  docs/min %.1f  pages/min %.1f  peak RSS %s  heap max %d MiB%n",
        jobs, (r.total() - r.skipped()) / minutes, r.pages() / minutes, peakRss(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("output: " + out);
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return line.substring(6).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return "n/a (use /usr/bin/time -v)";
  }
}
