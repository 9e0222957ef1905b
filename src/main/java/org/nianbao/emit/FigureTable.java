package org.nianbao.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.reconcile.ReportChecks;

/**
 * Turns a canonical report (its JSON tree) into {@link FigureRow}s: one per figure in {@code
 * data}, with the template's printed labels (from the template definitions shipped in the jar)
 * and the checks that cover it.
 */
public final class FigureTable {
  private static final String TEMPLATES = "/org/nianbao/models/templates/";
  private static final Labels LABELS = Labels.load();
  private static final ReportChecks CHECKS = ReportChecks.fromClasspath();
  private static final Map<String, List<String>> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private FigureTable() {}

  /**
   * Reads the template labels and checks now instead of on the first {@link #rows}: a batch
   * whose workers extract calls it while it waits for them, so that its tables at the end are
   * written without reading the templates first.
   */
  public static void load() {
    // the class's initialisation reads them
  }

  public static List<FigureRow> rows(JsonNode report) {
    JsonNode info = report.path("report");
    String file = report.path("source").path("file").asText("");
    String org = info.path("organization").isTextual() ? info.path("organization").asText() : "";
    Integer year = info.path("year").isInt() ? info.path("year").asInt() : null;
    String template = info.path("template").asText("");
    Coverage coverage = Coverage.of(report.path("checks"));
    List<FigureRow> out = new ArrayList<>();
    JsonNode data = report.path("data");
    for (String group : List.of("activeDisclosure", "applications", "reviewsAndLawsuits")) {
      for (Iterator<Map.Entry<String, JsonNode>> items = data.path(group).fields();
          items.hasNext(); ) {
        Map.Entry<String, JsonNode> item = items.next();
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.getValue().fields();
            fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          String path = group + "." + item.getKey() + "." + field.getKey();
          JsonNode v = field.getValue();
          JsonNode prov = report.path("provenance").path(path);
          out.add(new FigureRow(file, org, year, template, path, LABELS.table(group),
              LABELS.row(template, group, item.getKey()),
              LABELS.column(template, group, field.getKey()),
              v.isNumber() ? new BigDecimal(v.asText()) : null,
              field.getKey().toLowerCase(java.util.Locale.ROOT).contains("wanyuan") ? "万元" : "件",
              prov.path("source").asText(""),
              prov.path("confidence").isNumber() ? prov.path("confidence").asDouble() : null,
              coverage.status(group, item.getKey(), field.getKey())));
        }
      }
    }
    return out;
  }

  /** Which figures the report's checks cover, and whether a failed one does. */
  private record Coverage(Set<String> failed, Set<String> covered) {
    static Coverage of(JsonNode checks) {
      Coverage c = new Coverage(new HashSet<>(), new HashSet<>());
      for (JsonNode check : checks) {
        String key = check.path("rule").asText() + "/" + check.path("scope").asText();
        (check.path("passed").asBoolean(true) ? c.covered : c.failed).add(key);
        c.covered.add(key);
      }
      return c;
    }

    /** The check keys (rule/scope) that cover one figure, by the template's rules. */
    static List<String> keys(String group, String item, String field) {
      // the same few hundred paths for every report of a run
      return KEYS.computeIfAbsent(group + "." + item + "." + field, path ->
          CHECKS.covering(path).stream().map(k -> k.rule() + "/" + k.scope()).toList());
    }

    String status(String group, String item, String field) {
      boolean any = false;
      for (String key : keys(group, item, field)) {
        if (failed.contains(key)) {
          return "failed";
        }
        any |= covered.contains(key);
      }
      return any ? "passed" : "";
    }
  }

  /** Printed labels by template, group and key: the first label of each definition. */
  private record Labels(Map<String, String> byKey) {
    static Labels load() {
      ObjectMapper json = new ObjectMapper();
      Map<String, String> m = new HashMap<>();
      JsonNode index = read(json, "index.json");
      for (JsonNode f : index.path("activeDisclosureForms")) {
        JsonNode form = read(json, f.asText());
        String t = form.path("template").asText();
        form.path("items").forEach(i -> m.put(t + "/activeDisclosure/row/" + i.path("key").asText(),
            i.path("labels").path(0).asText()));
        form.path("fields").forEach(i -> m.put(t + "/activeDisclosure/column/"
            + i.path("key").asText(), i.path("labels").path(0).asText()));
      }
      JsonNode apps = read(json, index.path("applications").asText());
      apps.path("rows").forEach(i -> m.put("*/applications/row/" + i.path("key").asText(),
          i.path("labels").path(0).asText()));
      apps.path("columns").forEach(i -> m.put("*/applications/column/" + i.path("key").asText(),
          i.path("labels").path(0).asText()));
      JsonNode rev = read(json, index.path("reviewsAndLawsuits").asText());
      rev.path("groups").forEach(i -> m.put("*/reviewsAndLawsuits/row/" + i.path("key").asText(),
          i.path("labels").path(0).asText()));
      rev.path("fields").forEach(i -> m.put("*/reviewsAndLawsuits/column/"
          + i.path("key").asText(), i.path("labels").path(0).asText()));
      return new Labels(m);
    }

    String table(String group) {
      return switch (group) {
        case "activeDisclosure" -> "二、主动公开政府信息情况";
        case "applications" -> "三、收到和处理政府信息公开申请情况";
        default -> "四、政府信息公开行政复议、行政诉讼情况";
      };
    }

    String row(String template, String group, String key) {
      return label(template, group, "row", key);
    }

    String column(String template, String group, String key) {
      return label(template, group, "column", key);
    }

    private String label(String template, String group, String kind, String key) {
      String l = byKey.get(template + "/" + group + "/" + kind + "/" + key);
      if (l == null) {
        l = byKey.get("*/" + group + "/" + kind + "/" + key);
      }
      if (l == null) { // table 二 of an unknown template: either form's label
        for (String t : List.of("GB2021", "GB2019")) {
          l = l == null ? byKey.get(t + "/" + group + "/" + kind + "/" + key) : l;
        }
      }
      return l == null ? "" : l;
    }

    private static JsonNode read(ObjectMapper json, String name) {
      try (InputStream in = FigureTable.class.getResourceAsStream(TEMPLATES + name)) {
        if (in == null) {
          throw new IllegalStateException("template resource missing: " + name);
        }
        return json.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
