package org.nianbao.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Data;
import org.nianbao.model.Provenance;
import org.nianbao.model.Report;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;
import org.nianbao.reconcile.FormLayout;
import org.nianbao.reconcile.ReportChecks;

/**
 * A reviewer's corrections to one document ({@code NAME.corrections.json}, written by the review
 * page): the document's sha256 and the corrected figures.
 *
 * <pre>{ "file": "r.pdf", "sha256": "…", "corrections": [
 *     { "path": "applications.granted.total", "value": 12, "raw": "17",
 *       "reviewer": "王芳", "time": "2026-12-07T08:00:00Z" } ] }</pre>
 *
 * @param file the document's file name (informative)
 * @param sha256 the document the corrections were made on; applied to no other
 */
public record Corrections(String file, String sha256, List<Correction> corrections) {

  public static final String SUFFIX = ".corrections.json";

  /**
   * One corrected figure.
   *
   * @param value the figure as the reviewer read it on the page (null: not readable there)
   * @param raw the extracted value the reviewer saw (informative; the applied provenance keeps
   *     the value actually extracted)
   */
  public record Correction(String path, Number value, String raw, String reviewer, Instant time) {}

  public Corrections {
    corrections = List.copyOf(corrections);
  }

  public static Corrections read(Path file) throws IOException, CorrectionsRefusedException {
    JsonNode root;
    try {
      root = ReportJson.mapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.MALFORMED,
          file + ": not JSON: " + e.getOriginalMessage());
    }
    return fromTree(root, file.toString());
  }

  static Corrections fromTree(JsonNode root, String where) throws CorrectionsRefusedException {
    String sha = root.path("sha256").asText("");
    if (!sha.matches("[0-9a-f]{64}") || !root.path("corrections").isArray()) {
      throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.MALFORMED,
          where + ": not a corrections file (needs sha256 and a corrections list)");
    }
    List<Correction> list = new ArrayList<>();
    for (JsonNode c : root.path("corrections")) {
      JsonNode v = c.path("value");
      if (!c.path("path").isTextual() || !(v.isNumber() || v.isNull())
          || !c.path("reviewer").isTextual() || c.path("reviewer").asText().isBlank()) {
        throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.MALFORMED,
            where + ": each correction needs a path, a number (or null) and a reviewer: " + c);
      }
      Instant time;
      try {
        time = Instant.parse(c.path("time").asText());
      } catch (DateTimeParseException e) {
        throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.MALFORMED,
            where + ": bad time in " + c);
      }
      list.add(new Correction(c.get("path").asText(), ReportReader.number(v),
          c.hasNonNull("raw") ? c.get("raw").asText() : null, c.get("reviewer").asText().strip(),
          time));
    }
    return new Corrections(root.path("file").asText(null), sha, list);
  }

  public ObjectNode toTree() {
    ObjectNode root = ReportJson.mapper().createObjectNode();
    root.put("file", file);
    root.put("sha256", sha256);
    ArrayNode list = root.putArray("corrections");
    for (Correction c : corrections) {
      ObjectNode n = list.addObject();
      n.put("path", c.path());
      n.set("value", ReportJson.mapper().valueToTree(c.value()));
      n.put("raw", c.raw());
      n.put("reviewer", c.reviewer());
      n.put("time", c.time().toString());
    }
    return root;
  }

  /**
   * The report with these corrections applied: each corrected figure gets provenance source
   * {@code reviewed} (same cell, the extracted value kept in {@code raw}, who and when), derived
   * values are summed again and every check is evaluated again. Applying the same corrections
   * twice gives the same report. Refused as a whole when written for another document or naming
   * a figure the report does not have.
   */
  public Report applyTo(Report report) throws CorrectionsRefusedException {
    if (!sha256.equalsIgnoreCase(report.source().sha256())) {
      throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.OTHER_DOCUMENT,
          "corrections" + (file == null ? "" : " for " + file) + " were made on a document with"
              + " sha256 " + sha256 + ", not on " + report.source().file() + " (sha256 "
              + report.source().sha256() + "); not applied");
    }
    Map<String, Map<String, Map<String, Number>>> groups = new LinkedHashMap<>();
    groups.put("activeDisclosure", copy(report.data().activeDisclosure()));
    groups.put("applications", copy(report.data().applications()));
    groups.put("reviewsAndLawsuits", copy(report.data().reviewsAndLawsuits()));
    Map<String, Provenance> provenance = new LinkedHashMap<>(report.provenance());
    Set<String> money = moneyFields(report);

    List<Correction> inOrder = new ArrayList<>(corrections);
    inOrder.sort(Comparator.comparing(Correction::time));
    for (Correction c : inOrder) {
      String[] p = c.path().split("\\.");
      Map<String, Number> item = p.length == 3 && groups.containsKey(p[0])
          ? groups.get(p[0]).get(p[1]) : null;
      if (item == null || !item.containsKey(p[2])) {
        throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.UNKNOWN_FIGURE,
            "correction of " + c.path() + ": " + report.source().file()
                + " has no such figure; not applied");
      }
      Number value = normalise(c, money.contains(p[0] + "." + p[2]));
      Provenance old = provenance.get(c.path());
      String raw;
      if (old != null && old.source() == ValueSource.REVIEWED) {
        raw = old.raw();
      } else {
        Number extracted = item.get(p[2]);
        raw = extracted != null ? plain(extracted) : old == null ? null : old.raw();
      }
      item.put(p[2], value);
      provenance.put(c.path(), old != null
          ? old.reviewed(raw, c.reviewer(), c.time())
          : new Provenance(null, null, null, null, ValueSource.REVIEWED, raw, null,
              c.reviewer(), c.time()));
    }
    Data corrected = new Data(groups.get("activeDisclosure"), groups.get("applications"),
        groups.get("reviewsAndLawsuits"));
    ReportChecks.Result checked = ReportChecks.fromClasspath().reevaluate(corrected, provenance);
    List<Warning> warnings = new ArrayList<>();
    report.warnings().stream().filter(w -> !ReportChecks.isCheckWarning(w)).forEach(warnings::add);
    warnings.addAll(checked.skipped());
    return new Report(report.schemaVersion(), report.source(), report.report(), report.pages(),
        report.sections(), report.tables(), checked.data(), checked.provenance(),
        checked.checks(), warnings, report.tableRoles());
  }

  private static Number normalise(Correction c, boolean money) throws CorrectionsRefusedException {
    if (c.value() == null) {
      return null;
    }
    BigDecimal d = new BigDecimal(c.value().toString()).stripTrailingZeros();
    if (money) {
      return d.scale() <= 0 ? d.setScale(0) : d;
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new CorrectionsRefusedException(CorrectionsRefusedException.Reason.MALFORMED,
          "correction of " + c.path() + ": " + c.value() + " is not a count (whole number)");
    }
  }

  private static Set<String> moneyFields(Report report) {
    Set<String> out = new java.util.HashSet<>();
    for (FormLayout.Group g : FormLayout.of(report.report().template())) {
      g.fields().stream().filter(FormLayout.Field::money).forEach(f -> out.add(g.key() + "." + f.key()));
    }
    return out;
  }

  static String plain(Number n) {
    return n instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : n.toString();
  }

  private static Map<String, Map<String, Number>> copy(Map<String, Map<String, Number>> g) {
    Map<String, Map<String, Number>> out = new LinkedHashMap<>();
    g.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
    return out;
  }
}
