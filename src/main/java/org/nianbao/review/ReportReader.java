package org.nianbao.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.Provenance;
import org.nianbao.model.Report;
import org.nianbao.model.ReportInfo;
import org.nianbao.model.Section;
import org.nianbao.model.SourceInfo;
import org.nianbao.model.Table;
import org.nianbao.model.Template;
import org.nianbao.model.TextSource;
import org.nianbao.model.ValueSource;
import org.nianbao.model.Warning;

/**
 * Reads a report JSON ({@link ReportJson}'s output) back into the model, so that corrections
 * can be applied to an output written earlier and written again unchanged otherwise.
 */
public final class ReportReader {
  /** Decimals read exactly: money figures are written as exact plain decimals. */
  private static final ObjectMapper JSON = ReportJson.mapper().copy()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ReportReader() {}

  public static Report read(Path json) throws IOException {
    return fromTree(JSON.readTree(Files.readAllBytes(json)));
  }

  public static Report fromTree(JsonNode root) {
    JsonNode s = root.path("source");
    SourceInfo source = new SourceInfo(text(s, "file"), text(s, "sha256"), s.path("pageCount").asInt());
    JsonNode r = root.path("report");
    ReportInfo info = new ReportInfo(text(r, "title"), text(r, "organization"), integer(r, "year"),
        Template.fromId(r.path("template").asText("unknown")),
        r.hasNonNull("issuedOn") ? LocalDate.parse(r.get("issuedOn").asText()) : null);

    List<PageInfo> pages = new ArrayList<>();
    for (JsonNode p : root.path("pages")) {
      pages.add(new PageInfo(p.path("number").asInt(), pageKind(p.path("kind").asText()),
          textSource(p.path("textSource").asText()), p.path("rotation").asInt(),
          p.path("skewDegrees").asDouble()));
    }
    List<Section> sections = new ArrayList<>();
    for (JsonNode n : root.path("sections")) {
      sections.add(new Section(text(n, "number"), text(n, "title"), text(n, "text"), ints(n.path("pages"))));
    }
    List<Table> tables = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (JsonNode t : root.path("tables")) {
      List<Cell> cells = new ArrayList<>();
      for (JsonNode c : t.path("cells")) {
        JsonNode b = c.path("bbox");
        BBox box = b.isArray() && b.size() == 4
            ? new BBox(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble())
            : null;
        cells.add(new Cell(c.path("row").asInt(), c.path("column").asInt(),
            c.path("rowSpan").asInt(1), c.path("columnSpan").asInt(1), c.path("text").asText(""),
            c.path("page").asInt(1), box, decimal(c, "confidence")));
      }
      String id = t.path("id").asText();
      tables.add(new Table(id, ints(t.path("pages")), t.path("method").asText(),
          t.path("rowCount").asInt(), t.path("columnCount").asInt(), cells));
      if (t.hasNonNull("role")) {
        roles.put(id, t.get("role").asText());
      }
    }
    JsonNode d = root.path("data");
    Data data = new Data(group(d.path("activeDisclosure")), group(d.path("applications")),
        group(d.path("reviewsAndLawsuits")));

    Map<String, Provenance> provenance = new LinkedHashMap<>();
    root.path("provenance").fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      provenance.put(e.getKey(), new Provenance(text(p, "table"), integer(p, "row"),
          integer(p, "column"), integer(p, "page"), valueSource(p.path("source").asText()),
          text(p, "raw"), decimal(p, "confidence"), text(p, "reviewer"),
          p.hasNonNull("reviewedAt") ? Instant.parse(p.get("reviewedAt").asText()) : null));
    });
    List<Check> checks = new ArrayList<>();
    for (JsonNode c : root.path("checks")) {
      checks.add(new Check(text(c, "rule"), text(c, "scope"), c.path("passed").asBoolean(),
          number(c.path("expected")), number(c.path("actual")), text(c, "message")));
    }
    List<Warning> warnings = new ArrayList<>();
    for (JsonNode w : root.path("warnings")) {
      warnings.add(new Warning(text(w, "code"), integer(w, "page"), text(w, "path"), text(w, "message")));
    }
    return new Report(root.path("schemaVersion").asText(Report.SCHEMA_VERSION), source, info,
        pages, sections, tables, data, provenance, checks, warnings, roles);
  }

  private static Map<String, Map<String, Number>> group(JsonNode g) {
    Map<String, Map<String, Number>> out = new LinkedHashMap<>();
    g.fields().forEachRemaining(item -> {
      Map<String, Number> fields = new LinkedHashMap<>();
      item.getValue().fields().forEachRemaining(f -> fields.put(f.getKey(), number(f.getValue())));
      out.put(item.getKey(), fields);
    });
    return out;
  }

  /** Integral JSON numbers as Long (counts), others as exact BigDecimal (money). */
  static Number number(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.longValue();
    }
    return n.isNumber() ? n.decimalValue() : new BigDecimal(n.asText());
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static Double decimal(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static List<Integer> ints(JsonNode a) {
    List<Integer> out = new ArrayList<>();
    a.forEach(i -> out.add(i.asInt()));
    return out;
  }

  private static PageKind pageKind(String id) {
    for (PageKind k : PageKind.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown page kind " + id);
  }

  private static TextSource textSource(String id) {
    for (TextSource k : TextSource.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown text source " + id);
  }

  static ValueSource valueSource(String id) {
    for (ValueSource k : ValueSource.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown provenance source " + id);
  }
}
