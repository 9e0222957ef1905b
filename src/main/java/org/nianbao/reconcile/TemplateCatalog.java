package org.nianbao.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Template;

/**
 * The template definitions, read from JSON under {@code models/templates/} (shipped in the jar
 * as {@code /org/nianbao/models/templates/}). Labels and variants live there so that a local
 * variant is a JSON edit, not a code change.
 */
public final class TemplateCatalog {
  public static final String RESOURCE_DIR = "/org/nianbao/models/templates/";

  private final List<ActiveDisclosureForm> activeDisclosureForms;
  private final ApplicationsForm applications;
  private final ReviewsForm reviews;

  TemplateCatalog(
      List<ActiveDisclosureForm> activeDisclosureForms, ApplicationsForm applications,
      ReviewsForm reviews) {
    this.activeDisclosureForms = List.copyOf(activeDisclosureForms);
    this.applications = applications;
    this.reviews = reviews;
  }

  /** Loads {@code index.json} and the files it names from the classpath. */
  public static TemplateCatalog fromClasspath() {
    ObjectMapper json = new ObjectMapper();
    JsonNode index = read(json, "index.json");
    List<ActiveDisclosureForm> forms = new ArrayList<>();
    for (JsonNode f : index.path("activeDisclosureForms")) {
      forms.add(activeDisclosure(read(json, f.asText())));
    }
    return new TemplateCatalog(
        forms,
        applications(read(json, index.path("applications").asText())),
        reviews(read(json, index.path("reviewsAndLawsuits").asText())));
  }

  List<ActiveDisclosureForm> activeDisclosureForms() {
    return activeDisclosureForms;
  }

  ActiveDisclosureForm activeDisclosure(Template t) {
    return activeDisclosureForms.stream()
        .filter(f -> f.template() == t)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table 二 definition for " + t));
  }

  ApplicationsForm applications() {
    return applications;
  }

  ReviewsForm reviews() {
    return reviews;
  }

  static JsonNode read(ObjectMapper json, String name) {
    String path = RESOURCE_DIR + name;
    try (InputStream in = TemplateCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("template resource missing: " + path);
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static ActiveDisclosureForm activeDisclosure(JsonNode n) {
    Map<String, LabelSet> fields = new LinkedHashMap<>();
    Set<String> money = new LinkedHashSet<>();
    for (JsonNode f : n.path("fields")) {
      LabelSet l = labelSet(f);
      fields.put(l.key(), l);
      if (f.path("money").asBoolean(false)) {
        money.add(l.key());
      }
    }
    List<ActiveDisclosureForm.Item> items = new ArrayList<>();
    for (JsonNode i : n.path("items")) {
      List<String> itemFields = strings(i.path("fields"));
      for (String f : itemFields) {
        if (!fields.containsKey(f)) {
          throw new IllegalStateException("item " + i.path("key").asText() + " uses unknown field " + f);
        }
      }
      items.add(new ActiveDisclosureForm.Item(labelSet(i), itemFields));
    }
    return new ActiveDisclosureForm(
        Template.fromId(n.path("template").asText()), strings(n.path("markers")),
        strings(n.path("signature")), strings(n.path("headerLabels")), fields, money, items);
  }

  private static ApplicationsForm applications(JsonNode n) {
    List<LabelSet> columns = new ArrayList<>();
    n.path("columns").forEach(c -> columns.add(labelSet(c)));
    List<ApplicationsForm.Row> rows = new ArrayList<>();
    for (JsonNode r : n.path("rows")) {
      rows.add(new ApplicationsForm.Row(
          labelSet(r), r.path("optional").asBoolean(false), strings(r.path("derivedFrom"))));
    }
    // the rows and columns first: the checks are validated against them
    ApplicationsForm shape = new ApplicationsForm(strings(n.path("signature")), columns, rows,
        List.of());
    return new ApplicationsForm(shape.signature(), columns, rows,
        checks(n, ApplicationsReader.GROUP, rows.stream().map(ApplicationsForm.Row::key).toList(),
            shape.columnKeys(), shape.derivedFrom()));
  }

  /**
   * The table's {@code checks}: {@code rule}, {@code each} (row/group, or column/field), and
   * either {@code total} with {@code parts} or {@code left} with {@code right}. Every key must be
   * one of the table's columns (a rule over rows) or rows (a rule over columns); a rule over
   * columns may not name a row together with a row it is summed from (it would count twice).
   */
  static List<CheckRule> checks(JsonNode table, String group, List<String> rowKeys,
      List<String> columnKeys, Map<String, List<String>> derivedFrom) {
    List<CheckRule> out = new ArrayList<>();
    for (JsonNode c : table.path("checks")) {
      String id = c.path("rule").asText();
      CheckRule.Each each = switch (c.path("each").asText()) {
        case "row", "group" -> CheckRule.Each.ROW;
        case "column", "field" -> CheckRule.Each.COLUMN;
        default -> throw new IllegalStateException(
            "check " + id + ": each must be row, group, column or field");
      };
      boolean total = c.has("total");
      CheckRule rule = total
          ? new CheckRule(id, group, each, strings(c.path("parts")),
              List.of(c.path("total").asText()), true)
          : new CheckRule(id, group, each, strings(c.path("left")), strings(c.path("right")),
              false);
      List<String> known = each == CheckRule.Each.ROW ? columnKeys : rowKeys;
      for (String k : rule.keys()) {
        if (!known.contains(k)) {
          throw new IllegalStateException("check " + id + " names " + k + ", not a "
              + (each == CheckRule.Each.ROW ? "column" : "row") + " of its table");
        }
        for (String part : each == CheckRule.Each.COLUMN
            ? derivedFrom.getOrDefault(k, List.of()) : List.<String>of()) {
          if (rule.keys().contains(part)) {
            throw new IllegalStateException("check " + id + " names " + k + " and " + part
                + ", which it is summed from");
          }
        }
      }
      out.add(rule);
    }
    return out;
  }

  private static ReviewsForm reviews(JsonNode n) {
    List<LabelSet> groups = new ArrayList<>();
    n.path("groups").forEach(g -> groups.add(labelSet(g)));
    List<LabelSet> fields = new ArrayList<>();
    n.path("fields").forEach(f -> fields.add(labelSet(f)));
    return new ReviewsForm(
        strings(n.path("signature")), groups, strings(n.path("groupParents")), fields,
        checks(n, ReviewsReader.GROUP, groups.stream().map(LabelSet::key).toList(),
            fields.stream().map(LabelSet::key).toList(), Map.of()));
  }

  private static LabelSet labelSet(JsonNode n) {
    String parent = n.hasNonNull("parent") ? n.get("parent").asText() : null;
    return new LabelSet(n.path("key").asText(), strings(n.path("labels")), parent);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return out;
  }
}
