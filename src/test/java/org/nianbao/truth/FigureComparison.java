package org.nianbao.truth;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the figures of one extracted report (its JSON tree) with its truth: every figure the
 * truth lists, by dotted path; report fields; and which checks fail.
 */
final class FigureComparison {

  /** One figure that differs from the truth. */
  record Mismatch(String path, JsonNode expected, JsonNode actual, boolean flagged) {
    @Override
    public String toString() {
      return path + ": expected " + expected + ", got " + actual + (flagged ? " (flagged)" : "");
    }
  }

  final int figures;
  final List<Mismatch> mismatches;
  final List<String> fieldMismatches;
  final Set<String> expectedFailedChecks;
  final Set<String> actualFailedChecks;

  private FigureComparison(
      int figures,
      List<Mismatch> mismatches,
      List<String> fieldMismatches,
      Set<String> expectedFailedChecks,
      Set<String> actualFailedChecks) {
    this.figures = figures;
    this.mismatches = mismatches;
    this.fieldMismatches = fieldMismatches;
    this.expectedFailedChecks = expectedFailedChecks;
    this.actualFailedChecks = actualFailedChecks;
  }

  static FigureComparison compare(JsonNode truth, JsonNode actual) {
    int figures = 0;
    List<Mismatch> mismatches = new ArrayList<>();
    JsonNode tData = truth.path("data");
    for (Iterator<Map.Entry<String, JsonNode>> g = tData.fields(); g.hasNext(); ) {
      Map.Entry<String, JsonNode> group = g.next();
      for (Iterator<Map.Entry<String, JsonNode>> i = group.getValue().fields(); i.hasNext(); ) {
        Map.Entry<String, JsonNode> item = i.next();
        for (Iterator<Map.Entry<String, JsonNode>> f = item.getValue().fields(); f.hasNext(); ) {
          Map.Entry<String, JsonNode> field = f.next();
          figures++;
          JsonNode exp = field.getValue();
          JsonNode act =
              actual.path("data").path(group.getKey()).path(item.getKey()).path(field.getKey());
          if (!sameFigure(exp, act)) {
            String path = group.getKey() + "." + item.getKey() + "." + field.getKey();
            mismatches.add(new Mismatch(path, exp, act, isFlagged(actual, path, act)));
          }
        }
      }
    }
    List<String> fields = new ArrayList<>();
    JsonNode tr = truth.path("report");
    JsonNode ar = actual.path("report");
    for (String key : List.of("organization", "year", "template", "issuedOn")) {
      if (!sameText(tr.path(key), ar.path(key))) {
        fields.add("report." + key + ": expected " + tr.path(key) + ", got " + ar.path(key));
      }
    }
    return new FigureComparison(
        figures, mismatches, fields, failed(truth.path("failedChecks")), failed(actual.path("checks")));
  }

  /** A wrong figure is flagged when it is null, read with low confidence, or in a failed check. */
  private static boolean isFlagged(JsonNode actual, String path, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return true;
    }
    JsonNode conf = actual.path("provenance").path(path).path("confidence");
    if (conf.isNumber() && conf.asDouble() < 0.9) {
      return true;
    }
    for (JsonNode c : actual.path("checks")) {
      if (!c.path("passed").asBoolean(true)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> failed(JsonNode checks) {
    Set<String> out = new TreeSet<>();
    for (JsonNode c : checks) {
      if (!c.has("passed") || !c.path("passed").asBoolean()) {
        out.add(c.path("rule").asText() + "/" + c.path("scope").asText());
      }
    }
    return out;
  }

  static boolean sameFigure(JsonNode exp, JsonNode act) {
    boolean expNull = exp == null || exp.isNull() || exp.isMissingNode();
    boolean actNull = act == null || act.isNull() || act.isMissingNode();
    if (expNull || actNull) {
      return expNull && actNull;
    }
    if (!exp.isNumber() || !act.isNumber()) {
      return false;
    }
    return new BigDecimal(exp.asText()).compareTo(new BigDecimal(act.asText())) == 0;
  }

  private static boolean sameText(JsonNode exp, JsonNode act) {
    if (exp.isNull() || exp.isMissingNode()) {
      return act.isNull() || act.isMissingNode();
    }
    return exp.asText().replaceAll("\\s+", "").equals(act.asText().replaceAll("\\s+", ""));
  }

  int correct() {
    return figures - mismatches.size();
  }

  boolean checksMatch() {
    return expectedFailedChecks.equals(actualFailedChecks);
  }
}
