package org.nianbao.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.FigureRow;
import org.nianbao.emit.FigureTable;
import org.nianbao.emit.OutputFormat;

/**
 * The run's combined outputs beside {@code summary.csv} (by default {@code figures.csv} and
 * {@code nianbao.xlsx}): every report of the manifest (latest entry per input) that was
 * extracted, in each chosen {@link OutputFormat}. Duplicates are left out, as their figures are
 * their original's (column sums stay right), and so are documents that are not reports.
 * Rebuilt from the outputs and written atomically at the end of every run.
 */
public final class RunTables {
  private RunTables() {}

  public static List<Path> write(Path outputDir, Set<OutputFormat> formats) throws IOException {
    return write(outputDir, formats, outputs(outputDir, formats, false));
  }

  /**
   * How {@link #write(Path, Set, OutputTrees)} needs the outputs read: whole for JSON lines,
   * else only what the figure tables show; kept for a second reader when {@code keep}.
   */
  static OutputTrees outputs(Path outputDir, Set<OutputFormat> formats, boolean keep) {
    return new OutputTrees(outputDir,
        formats.contains(OutputFormat.JSON_LINES) ? null : OutputTrees.TABLE_FIELDS, keep);
  }

  /**
   * Loads now what writing {@code formats} needs (the figure tables' template labels), on a
   * thread of its own, for a runner that is idle while its workers extract.
   */
  static void prepareInBackground(Set<OutputFormat> formats) {
    if (formats.contains(OutputFormat.FIGURES_CSV) || formats.contains(OutputFormat.XLSX)) {
      Thread t = new Thread(FigureTable::load, "nianbao-tables-load");
      t.setDaemon(true);
      t.start();
    }
  }

  /** As {@link #write(Path, Set)}, reading the outputs through {@code outputs}. */
  static List<Path> write(Path outputDir, Set<OutputFormat> formats, OutputTrees outputs)
      throws IOException {
    if (formats.isEmpty()) {
      return List.of();
    }
    List<JsonNode> reports = new ArrayList<>();
    for (Map.Entry<String, ManifestEntry> e : Manifest.readLatest(outputDir).entrySet()) {
      ManifestEntry m = e.getValue();
      if (m.output() == null || (m.status() != DocumentStatus.OK
          && m.status() != DocumentStatus.WARNINGS)) {
        continue;
      }
      try {
        reports.add(outputs.read(m.output()));
      } catch (IOException unreadable) {
        // summary.csv names the unreadable output; the tables hold what can be read
      }
    }
    // each report's figure rows made once for every format that shows them (figures.csv and
    // the workbook both did, half of writing them)
    Map<JsonNode, List<FigureRow>> rows = new java.util.IdentityHashMap<>();
    java.util.function.Function<JsonNode, List<FigureRow>> rowsOf =
        r -> rows.computeIfAbsent(r, FigureTable::rows);
    List<Path> written = new ArrayList<>();
    for (OutputFormat f : formats) {
      Path target = outputDir.resolve(f.fileName());
      AtomicFiles.write(target, os -> f.writer().write(reports, rowsOf, os));
      written.add(target);
    }
    return written;
  }
}
