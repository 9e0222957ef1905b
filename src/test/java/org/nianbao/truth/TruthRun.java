package org.nianbao.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;

/** Runs the extractor on one truth document and keeps its output under target/ for reading. */
final class TruthRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TruthRun() {}

  static JsonNode extract(TruthDocument doc, Options options) throws NianbaoException, IOException {
    Report report = Nianbao.extract(doc.pdf(), options);
    JsonNode tree = ReportJson.toTree(report);
    Path out = Path.of("target/truth-output", doc.set(),
        doc.pdf().getFileName().toString().replace(".pdf", ".json"));
    Files.createDirectories(out.getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), tree);
    Files.deleteIfExists(diffPath(doc)); // a diff from an earlier run would mislead
    return tree;
  }

  private static Path diffPath(TruthDocument doc) {
    return Path.of("target/truth-output", doc.set(),
        doc.pdf().getFileName().toString().replace(".pdf", ".diff.txt"));
  }

  /** Writes the mismatches next to the output, so a failing run can be read without rerunning. */
  static void writeDiff(TruthDocument doc, FigureComparison c) throws IOException {
    Path out = diffPath(doc);
    StringBuilder sb = new StringBuilder();
    c.fieldMismatches.forEach(m -> sb.append(m).append('\n'));
    c.mismatches.forEach(m -> sb.append(m).append('\n'));
    if (!c.checksMatch()) {
      sb.append("failed checks expected ").append(c.expectedFailedChecks)
          .append(", got ").append(c.actualFailedChecks).append('\n');
    }
    Files.writeString(out, sb.toString());
  }
}
