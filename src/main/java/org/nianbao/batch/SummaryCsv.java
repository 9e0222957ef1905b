package org.nianbao.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.emit.AtomicFiles;

/**
 * {@code OUT/summary.csv}: one row per input recorded in the manifest (latest entry), with the
 * headline figures read back from its JSON output. UTF-8 with a BOM and CRLF line ends so Excel
 * and WPS open it directly; fields quoted per RFC 4180. Duplicates and failures get a row with
 * empty figures (a duplicate's figures are on its original's row, so column sums stay right).
 * Text that a spreadsheet would run as a formula is written inert ({@link #inert}).
 * Rebuilt from scratch and written atomically at the end of every run.
 */
public final class SummaryCsv {

  public static final String FILE_NAME = "summary.csv";

  /** The key figures, by dotted path, in column order (also the Spark job's manifest). */
  public static final List<String> FIGURES = List.of(
      "applications.newReceived.total",
      "applications.carriedOver.total",
      "applications.resultsTotal.total",
      "applications.carriedForward.total",
      "applications.granted.total",
      "reviewsAndLawsuits.administrativeReview.total",
      "reviewsAndLawsuits.lawsuitDirect.total",
      "reviewsAndLawsuits.lawsuitAfterReview.total");

  static final List<String> HEADER;

  static {
    List<String> h = new ArrayList<>(List.of("file", "organization", "year", "template", "pages"));
    FIGURES.forEach(f -> h.add(f.substring(f.indexOf('.') + 1)));
    h.addAll(List.of("checksFailed", "warnings", "status", "errorCode", "message", "output",
        "duplicateOf"));
    HEADER = List.copyOf(h);
  }

  private SummaryCsv() {}

  /** Rebuilds {@code summary.csv} in {@code outputDir} from its manifest and outputs. */
  public static Path write(Path outputDir) throws IOException {
    return write(outputDir, new OutputTrees(outputDir, OutputTrees.TABLE_FIELDS, false));
  }

  /** As {@link #write(Path)}, reading the outputs through {@code outputs}. */
  static Path write(Path outputDir, OutputTrees outputs) throws IOException {
    Map<String, ManifestEntry> latest = Manifest.readLatest(outputDir);
    Path target = outputDir.resolve(FILE_NAME);
    AtomicFiles.write(target, os -> {
      Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
      w.write('\uFEFF');
      writeRow(w, HEADER);
      for (ManifestEntry e : latest.values()) {
        writeRow(w, row(outputs, e));
      }
      w.flush();
    });
    return target;
  }

  private static List<String> row(OutputTrees outputs, ManifestEntry e) {
    JsonNode doc = null;
    String message = e.message();
    if (e.output() != null && e.status() != DocumentStatus.DUPLICATE) {
      try {
        doc = outputs.read(e.output());
      } catch (IOException ex) {
        message = "output unreadable: " + ex.getMessage();
      }
    }
    List<String> r = new ArrayList<>();
    r.add(inert(e.path()));
    JsonNode info = doc == null ? null : doc.path("report");
    r.add(text(info, "organization"));
    r.add(text(info, "year"));
    r.add(text(info, "template"));
    r.add(doc == null ? (e.pages() == null ? "" : e.pages().toString())
        : text(doc.path("source"), "pageCount"));
    for (String path : FIGURES) {
      JsonNode v = doc == null ? null : doc.path("data");
      for (String part : path.split("\\.")) {
        v = v == null ? null : v.path(part);
      }
      r.add(v == null || !v.isNumber() ? "" : v.numberValue().toString());
    }
    if (doc == null) {
      r.add("");
      r.add("");
    } else {
      long failed = 0;
      for (JsonNode c : doc.path("checks")) {
        failed += c.path("passed").asBoolean(true) ? 0 : 1;
      }
      r.add(Long.toString(failed));
      r.add(Integer.toString(doc.path("warnings").size()));
    }
    r.add(e.status().id());
    r.add(e.errorCode() == null ? "" : e.errorCode().name());
    r.add(message == null ? "" : inert(message));
    r.add(e.output() == null ? "" : inert(e.output()));
    r.add(e.duplicateOf() == null ? "" : inert(e.duplicateOf()));
    return r;
  }

  private static String text(JsonNode n, String key) {
    if (n == null || !n.hasNonNull(key)) {
      return "";
    }
    JsonNode v = n.get(key);
    return v.isNumber() ? v.numberValue().toString() : inert(v.asText());
  }

  /**
   * A text field as a spreadsheet shows it: one that Excel or WPS would take for a formula
   * (first character =, +, -, @, tab or CR; file names and organisations come from untrusted
   * documents) gets a leading apostrophe, which both show as text (OWASP, CSV injection).
   * Figures are numbers and are written as they are.
   */
  static String inert(String s) {
    // Control characters (a NUL or line break from a document or a file name) written as
    // escapes: spreadsheets and line-based tools choke on them.
    s = InputNames.oneLine(s);
    if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0) {
      return s;
    }
    return "'" + s;
  }

  private static void writeRow(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(fields.get(i)));
    }
    w.write("\r\n");
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
