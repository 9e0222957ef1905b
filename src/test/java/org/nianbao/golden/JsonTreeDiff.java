package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Differences between two JSON trees, as JSON-pointer-like paths; numbers compare by value. */
final class JsonTreeDiff {
  private JsonTreeDiff() {}

  static List<String> diff(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    walk("", expected, actual, out);
    return out;
  }

  private static void walk(String path, JsonNode e, JsonNode a, List<String> out) {
    if (e.isNumber() && a.isNumber()) {
      if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
        out.add(path + ": " + e + " -> " + a);
      }
      return;
    }
    if (e.getNodeType() != a.getNodeType()) {
      out.add(path + ": " + brief(e) + " -> " + brief(a));
      return;
    }
    if (e.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      e.fieldNames().forEachRemaining(keys::add);
      a.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        String p = path + "/" + k;
        if (!e.has(k)) {
          out.add(p + ": (absent) -> " + brief(a.get(k)));
        } else if (!a.has(k)) {
          out.add(p + ": " + brief(e.get(k)) + " -> (absent)");
        } else {
          walk(p, e.get(k), a.get(k), out);
        }
      }
    } else if (e.isArray()) {
      if (e.size() != a.size()) {
        out.add(path + ": array of " + e.size() + " -> " + a.size());
      }
      Iterator<JsonNode> ei = e.elements();
      Iterator<JsonNode> ai = a.elements();
      for (int i = 0; ei.hasNext() && ai.hasNext(); i++) {
        walk(path + "/" + i, ei.next(), ai.next(), out);
      }
    } else if (!e.equals(a)) {
      out.add(path + ": " + brief(e) + " -> " + brief(a));
    }
  }

  private static String brief(JsonNode n) {
    String s = String.valueOf(n);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
