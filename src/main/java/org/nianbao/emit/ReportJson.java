package org.nianbao.emit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.nianbao.model.BBox;
import org.nianbao.model.Cell;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.PageInfo;
import org.nianbao.model.Provenance;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.Table;
import org.nianbao.model.Warning;

/**
 * The report model as JSON, field by field in the order of the spec. Built as an explicit tree so
 * the model stays free of Jackson annotations and key order never depends on reflection.
 */
public final class ReportJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setNodeFactory(NODES)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectMapper PRETTY =
      MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** Pretty-printed JSON document, UTF-8. */
  public static void write(Report report, OutputStream out) throws IOException {
    PRETTY.writeValue(out, toTree(report));
  }

  /** One line of JSON (for JSON-lines streams), without the trailing newline. */
  public static String toLine(Report report) throws IOException {
    return MAPPER.writeValueAsString(toTree(report));
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static ObjectNode toTree(Report r) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", r.schemaVersion());
    ObjectNode source = root.putObject("source");
    source.put("file", r.source().file());
    source.put("sha256", r.source().sha256());
    source.put("pageCount", r.source().pageCount());

    ObjectNode info = root.putObject("report");
    info.put("title", r.report().title());
    info.put("organization", r.report().organization());
    if (r.report().year() == null) {
      info.putNull("year");
    } else {
      info.put("year", r.report().year());
    }
    info.put("template", r.report().template().id());
    info.put("issuedOn", r.report().issuedOn() == null ? null : r.report().issuedOn().toString());

    ArrayNode pages = root.putArray("pages");
    for (PageInfo p : r.pages()) {
      ObjectNode n = pages.addObject();
      n.put("number", p.number());
      n.put("kind", p.kind().id());
      n.put("textSource", p.textSource().id());
      n.put("rotation", p.rotation());
      n.put("skewDegrees", round(p.skewDegrees(), 2));
    }

    ArrayNode sections = root.putArray("sections");
    for (Section s : r.sections()) {
      ObjectNode n = sections.addObject();
      n.put("number", s.number());
      n.put("title", s.title());
      n.put("text", s.text());
      ints(n.putArray("pages"), s.pages());
    }

    ArrayNode tables = root.putArray("tables");
    for (Table t : r.tables()) {
      tables.add(table(t, r.tableRoles().get(t.id())));
    }

    ObjectNode data = root.putObject("data");
    Data d = r.data();
    data.set("activeDisclosure", group(d.activeDisclosure()));
    data.set("applications", group(d.applications()));
    data.set("reviewsAndLawsuits", group(d.reviewsAndLawsuits()));

    ObjectNode prov = root.putObject("provenance");
    r.provenance().forEach((path, p) -> prov.set(path, provenance(p)));

    ArrayNode checks = root.putArray("checks");
    for (Check c : r.checks()) {
      ObjectNode n = checks.addObject();
      n.put("rule", c.rule());
      n.put("scope", c.scope());
      n.put("passed", c.passed());
      n.set("expected", number(c.expected()));
      n.set("actual", number(c.actual()));
      n.put("message", c.message());
    }

    ArrayNode warnings = root.putArray("warnings");
    for (Warning w : r.warnings()) {
      ObjectNode n = warnings.addObject();
      n.put("code", w.code());
      if (w.page() == null) {
        n.putNull("page");
      } else {
        n.put("page", w.page());
      }
      if (w.path() != null) {
        n.put("path", w.path());
      }
      n.put("message", w.message());
    }
    return root;
  }

  private static ObjectNode table(Table t, String role) {
    ObjectNode n = NODES.objectNode();
    n.put("id", t.id());
    ints(n.putArray("pages"), t.pages());
    n.put("method", t.method());
    if (role != null) {
      n.put("role", role);
    }
    n.put("rowCount", t.rowCount());
    n.put("columnCount", t.columnCount());
    ArrayNode cells = n.putArray("cells");
    for (Cell c : t.cells()) {
      ObjectNode cn = cells.addObject();
      cn.put("row", c.row());
      cn.put("column", c.column());
      cn.put("rowSpan", c.rowSpan());
      cn.put("columnSpan", c.columnSpan());
      cn.put("text", c.text());
      cn.put("page", c.page());
      BBox b = c.bbox();
      if (b == null) {
        cn.putNull("bbox");
      } else {
        ArrayNode bn = cn.putArray("bbox");
        bn.add(round(b.left(), 1)).add(round(b.top(), 1)).add(round(b.right(), 1))
            .add(round(b.bottom(), 1));
      }
      if (c.confidence() == null) {
        cn.putNull("confidence");
      } else {
        cn.put("confidence", round(c.confidence(), 3));
      }
    }
    return n;
  }

  private static ObjectNode group(Map<String, Map<String, Number>> group) {
    ObjectNode g = NODES.objectNode();
    group.forEach(
        (item, fields) -> {
          ObjectNode i = g.putObject(item);
          fields.forEach((field, value) -> i.set(field, number(value)));
        });
    return g;
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode n = NODES.objectNode();
    n.put("table", p.table());
    putInt(n, "row", p.row());
    putInt(n, "column", p.column());
    putInt(n, "page", p.page());
    n.put("source", p.source().id());
    n.put("raw", p.raw());
    if (p.confidence() == null) {
      n.putNull("confidence");
    } else {
      n.put("confidence", round(p.confidence(), 3));
    }
    if (p.reviewer() != null) {
      n.put("reviewer", p.reviewer());
    }
    if (p.reviewedAt() != null) {
      n.put("reviewedAt", p.reviewedAt().toString());
    }
    return n;
  }

  /** Integral numbers as JSON integers, money as exact plain decimals. */
  static JsonNode number(Number v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof Long || v instanceof Integer) {
      return NODES.numberNode(v.longValue());
    }
    BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    d = d.stripTrailingZeros();
    if (d.scale() <= 0) {
      return NODES.numberNode(d.toBigIntegerExact());
    }
    return NODES.numberNode(d);
  }

  private static void putInt(ObjectNode n, String key, Integer v) {
    if (v == null) {
      n.putNull(key);
    } else {
      n.put(key, v);
    }
  }

  private static void ints(ArrayNode a, List<Integer> values) {
    values.forEach(a::add);
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
