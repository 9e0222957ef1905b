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
    return load(null);
  }

  /**
   * Loads the definitions with the files of {@code dir} (local variants, same format) in place
   * of the shipped files of the same name; null means the shipped ones only. A local file may
   * change labels, signatures and markers but not the figures: its keys must be the shipped
   * file's, so the output model stays the canonical one.
   *
   * @throws IllegalArgumentException naming the file, when a file of {@code dir} cannot be read,
   *     is not valid JSON, is not named by the index, or does not define the shipped keys
   */
  public static TemplateCatalog load(java.nio.file.Path dir) {
    checkFolder(dir);
    ObjectMapper json = new ObjectMapper();
    JsonNode index = read(json, "index.json", dir);
    List<String> formFiles = strings(index.path("activeDisclosureForms"));
    String appsFile = index.path("applications").asText();
    String reviewsFile = index.path("reviewsAndLawsuits").asText();
    if (formFiles.isEmpty() || appsFile.isEmpty() || reviewsFile.isEmpty()) {
      throw badFile(dir, "index.json", "must name activeDisclosureForms, applications and"
          + " reviewsAndLawsuits");
    }
    if (dir != null) {
      Set<String> named = new LinkedHashSet<>(formFiles);
      named.add(appsFile);
      named.add(reviewsFile);
      named.add("index.json");
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path p : files.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".json") && !named.contains(name)) {
            throw badFile(dir, name, "not named by index.json (the shipped index names "
                + "gb2021.json, gb2019.json, applications.json and reviews.json)");
          }
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot list templates folder " + dir + ": " + e, e);
      }
    }
    TemplateCatalog shipped = dir == null ? null : fromClasspath();
    List<ActiveDisclosureForm> forms = new ArrayList<>();
    for (String f : formFiles) {
      ActiveDisclosureForm form = parse(dir, f, () -> activeDisclosure(read(json, f, dir)));
      if (shipped != null) {
        ActiveDisclosureForm base = shipped.activeDisclosure(form.template());
        sameKeys(dir, f, "fields", base.fields().keySet(), form.fields().keySet());
        sameKeys(dir, f, "items", base.items().stream().map(i -> i.label().key()).toList(),
            form.items().stream().map(i -> i.label().key()).toList());
      }
      forms.add(form);
    }
    ApplicationsForm apps = parse(dir, appsFile, () -> applications(read(json, appsFile, dir)));
    ReviewsForm reviews = parse(dir, reviewsFile, () -> reviews(read(json, reviewsFile, dir)));
    if (shipped != null) {
      sameKeys(dir, appsFile, "columns", shipped.applications.columnKeys(), apps.columnKeys());
      sameKeys(dir, appsFile, "rows", shipped.applications.rows().stream()
          .map(ApplicationsForm.Row::key).toList(), apps.rows().stream()
          .map(ApplicationsForm.Row::key).toList());
      sameKeys(dir, reviewsFile, "groups", keys(shipped.reviews.groups()), keys(reviews.groups()));
      sameKeys(dir, reviewsFile, "fields", keys(shipped.reviews.fields()), keys(reviews.fields()));
    }
    return new TemplateCatalog(forms, apps, reviews);
  }

  private static List<String> keys(List<LabelSet> labels) {
    return labels.stream().map(LabelSet::key).toList();
  }

  /** A folder given must be one. */
  static void checkFolder(java.nio.file.Path dir) {
    if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
      throw new IllegalArgumentException("templates folder not found: " + dir);
    }
  }

  private static <T> T parse(java.nio.file.Path dir, String name,
      java.util.function.Supplier<T> reader) {
    try {
      return reader.get();
    } catch (IllegalArgumentException e) {
      throw e.getMessage() != null && e.getMessage().startsWith("template file ") ? e
          : badFile(dir, name, e.getMessage());
    } catch (RuntimeException e) {
      throw badFile(dir, name, String.valueOf(e.getMessage()));
    }
  }

  private static void sameKeys(java.nio.file.Path dir, String name, String what,
      java.util.Collection<String> shipped, java.util.Collection<String> local) {
    if (!new LinkedHashSet<>(shipped).equals(new LinkedHashSet<>(local))) {
      Set<String> missing = new LinkedHashSet<>(shipped);
      missing.removeAll(local);
      Set<String> extra = new LinkedHashSet<>(local);
      extra.removeAll(shipped);
      throw badFile(dir, name, what + " must have the shipped keys (the canonical figures);"
          + (missing.isEmpty() ? "" : " missing " + missing)
          + (extra.isEmpty() ? "" : " unknown " + extra));
    }
  }

  private static IllegalArgumentException badFile(java.nio.file.Path dir, String name,
      String why) {
    java.nio.file.Path local = dir == null ? null : dir.resolve(name);
    String where = local != null && java.nio.file.Files.isRegularFile(local) ? local.toString()
        : RESOURCE_DIR + name;
    return new IllegalArgumentException("template file " + where + ": " + why);
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
    return read(json, name, null);
  }

  /** The file {@code name} of {@code dir} when it has one, else the shipped one. */
  static JsonNode read(ObjectMapper json, String name, java.nio.file.Path dir) {
    if (dir != null) {
      java.nio.file.Path local = dir.resolve(name).normalize();
      if (!local.startsWith(dir.normalize())) {
        throw new IllegalArgumentException("template file name leaves the folder: " + name);
      }
      if (java.nio.file.Files.isRegularFile(local)) {
        try {
          JsonNode n = json.readTree(local.toFile());
          if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("template file " + local + ": not a JSON object");
          }
          return n;
        } catch (IOException e) {
          throw new IllegalArgumentException("template file " + local + ": cannot be read as"
              + " JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
      }
    }
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
