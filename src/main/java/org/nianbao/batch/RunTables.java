package org.nianbao.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.OutputFormat;

/**
 * The run's combined outputs beside {@code summary.csv} (by default {@code figures.csv} and
 * {@code nianbao.xlsx}): every report of the manifest (latest entry per input) that was
 * extracted, in each chosen {@link OutputFormat}. Duplicates are left out, as their figures are
 * their original's (column sums stay right), and so are documents that are not reports.
 * Rebuilt from the outputs and written atomically at the end of every run.
 */
public final class RunTables {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunTables() {}

  public static List<Path> write(Path outputDir, Set<OutputFormat> formats) throws IOException {
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
        reports.add(JSON.readTree(InputNames.resolve(outputDir, m.output()).toFile()));
      } catch (IOException unreadable) {
        // summary.csv names the unreadable output; the tables hold what can be read
      }
    }
    List<Path> written = new ArrayList<>();
    for (OutputFormat f : formats) {
      Path target = outputDir.resolve(f.fileName());
      AtomicFiles.write(target, os -> f.writer().write(reports, os));
      written.add(target);
    }
    return written;
  }
}
