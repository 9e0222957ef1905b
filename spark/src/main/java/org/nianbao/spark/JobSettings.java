package org.nianbao.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.nianbao.Options;

/**
 * What one run of the job does; shipped to the executors (plain values only, so it serialises
 * the same under Java and Kryo serialisation).
 *
 * @param inputs paths, globs or folders as Hadoop reads them (file:, hdfs:, s3a: …)
 * @param listFiles text files with one input path a line (blank lines and # comments skipped)
 * @param out output folder: {@code reports/} (JSON lines) and {@code manifest/} (Parquet)
 * @param partitions extraction tasks; 0 picks from the document count and the cluster's cores
 * @param force redo everything and replace the outputs, as {@code extract --force} does
 */
public record JobSettings(
    List<String> inputs,
    List<String> listFiles,
    String out,
    long timeoutSeconds,
    int maxPages,
    Options.OcrStrategy ocr,
    Options.TableMethod tables,
    int partitions,
    boolean force) implements Serializable {

  public JobSettings {
    inputs = List.copyOf(inputs);
    listFiles = List.copyOf(listFiles);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(ocr, "ocr");
    Objects.requireNonNull(tables, "tables");
    if (timeoutSeconds < 0 || maxPages < 0 || partitions < 0) {
      throw new IllegalArgumentException("timeout, max pages and partitions must not be negative");
    }
  }

  /** The command line's defaults: 600 s per document, no page limit, automatic OCR and tables. */
  public static JobSettings of(String out, List<String> inputs) {
    return new JobSettings(inputs, List.of(), out, 600, 0, Options.OcrStrategy.AUTO,
        Options.TableMethod.AUTO, 0, false);
  }

  public JobSettings withForce(boolean v) {
    return new JobSettings(inputs, listFiles, out, timeoutSeconds, maxPages, ocr, tables,
        partitions, v);
  }

  /** The library options, built as {@code nianbao extract} builds them. */
  public Options options() {
    return Options.builder()
        .ocrStrategy(ocr)
        .tableMethod(tables)
        .maxPages(maxPages)
        .timeout(Duration.ofSeconds(timeoutSeconds))
        .build();
  }

  public String reportsDir() {
    return join(out, "reports");
  }

  public String manifestDir() {
    return join(out, "manifest");
  }

  private static String join(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }
}
