package org.nianbao.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.batch.DocumentStatus;

/**
 * Entry point of the job jar:
 *
 * <pre>
 * spark-submit --class org.nianbao.spark.SparkExtract nianbao-spark.jar \
 *     --out OUT [--list FILE]... [--timeout SECONDS] [--max-pages N] [--ocr AUTO|NO_OCR|OCR_ONLY]
 *     [--tables AUTO|LATTICE|STREAM] [--partitions N] [--force] INPUT...
 * </pre>
 *
 * Exit codes as the command line's: 0 all extracted, 1 some failed, 3 none extracted, 2 usage.
 */
public final class SparkExtract {

  private SparkExtract() {}

  public static void main(String[] args) throws Exception {
    JobSettings settings;
    try {
      settings = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("nianbao-spark: " + e.getMessage());
      System.err.println("usage: SparkExtract --out OUT [--list FILE]... [--timeout SECONDS]"
          + " [--max-pages N] [--ocr AUTO|NO_OCR|OCR_ONLY] [--tables AUTO|LATTICE|STREAM]"
          + " [--partitions N] [--force] INPUT...");
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder()
        .appName("nianbao-extract")
        .config(executorDefaults(new SparkConf()))
        .getOrCreate();
    int exit;
    try {
      ExtractJob.Summary s = ExtractJob.run(spark, settings, Nianbao.version());
      System.err.println("nianbao-spark: " + s);
      long failed = s.count(DocumentStatus.FAILED);
      long total = s.documents() - s.skipped();
      exit = failed == 0 ? 0 : failed == total ? 3 : 1;
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  /**
   * Per-executor defaults the user did not set: the library's OCR queue runs one thread per
   * processor the JVM sees, so an executor's JVM is told it has its cores
   * ({@code -XX:ActiveProcessorCount}), not the whole host's; Tesseract's own OpenMP threads are
   * off ({@code OMP_THREAD_LIMIT=1}), parallelism comes from pages and documents.
   */
  static SparkConf executorDefaults(SparkConf conf) {
    String cores = conf.get("spark.executor.cores", null);
    String opts = conf.get("spark.executor.extraJavaOptions", "");
    if (cores != null && !opts.contains("ActiveProcessorCount")) {
      conf.set("spark.executor.extraJavaOptions",
          (opts + " -XX:ActiveProcessorCount=" + cores).strip());
    }
    // binaryFiles packs files into a task up to this many bytes (Spark's default 128 MB: some
    // 400 reports, hours of OCR in one task); smaller tasks balance and retry better
    if (!conf.contains("spark.files.maxPartitionBytes")) {
      conf.set("spark.files.maxPartitionBytes", String.valueOf(8L << 20));
    }
    if (!conf.contains("spark.executorEnv.OMP_THREAD_LIMIT")) {
      conf.set("spark.executorEnv.OMP_THREAD_LIMIT", "1");
    }
    return conf;
  }

  static JobSettings parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    String out = null;
    long timeout = 600;
    int maxPages = 0;
    int partitions = 0;
    boolean force = false;
    Options.OcrStrategy ocr = Options.OcrStrategy.AUTO;
    Options.TableMethod tables = Options.TableMethod.AUTO;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out" -> out = value(args, ++i, a);
        case "--list" -> lists.add(value(args, ++i, a));
        case "--timeout" -> timeout = Long.parseLong(value(args, ++i, a));
        case "--max-pages" -> maxPages = Integer.parseInt(value(args, ++i, a));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--ocr" -> ocr = Options.OcrStrategy.valueOf(
            value(args, ++i, a).toUpperCase(Locale.ROOT).replace('-', '_'));
        case "--tables" -> tables = Options.TableMethod.valueOf(
            value(args, ++i, a).toUpperCase(Locale.ROOT));
        case "--force" -> force = true;
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    if (inputs.isEmpty() && lists.isEmpty()) {
      throw new IllegalArgumentException("no input");
    }
    return new JobSettings(inputs, lists, out, timeout, maxPages, ocr, tables, partitions, force);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
