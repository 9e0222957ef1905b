package org.nianbao.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy over one test set, accumulated document by document, printed and written to
 * target/accuracy/SET.json. The ratchet file testdata/accuracy-ratchet.json holds the figures
 * the set may not drop below.
 */
final class AccuracyLedger {
  static final Path RATCHET = Path.of("testdata/accuracy-ratchet.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  final String set;
  int documents;
  int figures;
  int correct;
  int wrongUnflagged;
  int fieldsRight;
  int documentsChecksMatch;
  final List<String> lines = new ArrayList<>();

  AccuracyLedger(String set) {
    this.set = set;
  }

  synchronized void add(String name, FigureComparison c) {
    documents++;
    figures += c.figures;
    correct += c.correct();
    wrongUnflagged += (int) c.mismatches.stream().filter(m -> !m.flagged()).count();
    if (c.fieldMismatches.isEmpty()) {
      fieldsRight++;
    }
    if (c.checksMatch()) {
      documentsChecksMatch++;
    }
    lines.add(String.format(Locale.ROOT, "  %-40s figures %4d/%4d  fields %s  checks %s", name,
        c.correct(), c.figures, c.fieldMismatches.isEmpty() ? "ok" : "WRONG",
        c.checksMatch() ? "ok" : "WRONG"));
  }

  double figureAccuracy() {
    return figures == 0 ? 1.0 : (double) correct / figures;
  }

  double fieldAccuracy() {
    return documents == 0 ? 1.0 : (double) fieldsRight / documents;
  }

  String summary() {
    return String.format(Locale.ROOT,
        "accuracy[%s]: documents %d, figures %d/%d = %.4f, wrong and unflagged %d, "
            + "report fields right in %d/%d documents, failed checks as in truth in %d/%d",
        set, documents, correct, figures, figureAccuracy(), wrongUnflagged, fieldsRight,
        documents, documentsChecksMatch, documents);
  }

  void write() throws IOException {
    Path out = Path.of("target/accuracy/" + set.replace('/', '-') + ".json");
    Files.createDirectories(out.getParent());
    ObjectNode n = JSON.createObjectNode();
    n.put("set", set);
    n.put("documents", documents);
    n.put("figures", figures);
    n.put("correct", correct);
    n.put("figureAccuracy", figureAccuracy());
    n.put("wrongUnflagged", wrongUnflagged);
    n.put("fieldAccuracy", fieldAccuracy());
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), n);
  }

  /** The ratchet's minimum for this set and metric, or the given floor when none is recorded. */
  static double ratchet(String set, String metric, double floor) throws IOException {
    if (!Files.exists(RATCHET)) {
      return floor;
    }
    JsonNode n = JSON.readTree(RATCHET.toFile()).path(set).path(metric);
    return n.isNumber() ? Math.max(floor, n.asDouble()) : floor;
  }
}
