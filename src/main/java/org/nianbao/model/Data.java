package org.nianbao.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template's figures: three groups, each a map item → field → value, in template order.
 * Values are {@link Long} for counts, {@link java.math.BigDecimal} for money (万元), or null
 * when the figure could not be read (a warning says why).
 */
public record Data(
    Map<String, Map<String, Number>> activeDisclosure,
    Map<String, Map<String, Number>> applications,
    Map<String, Map<String, Number>> reviewsAndLawsuits) {

  public Data {
    activeDisclosure = freeze(activeDisclosure);
    applications = freeze(applications);
    reviewsAndLawsuits = freeze(reviewsAndLawsuits);
  }

  public static Data empty() {
    return new Data(Map.of(), Map.of(), Map.of());
  }

  /** The value at a dotted path such as {@code applications.newReceived.total}, or null. */
  public Number get(String path) {
    String[] p = path.split("\\.");
    if (p.length != 3) {
      throw new IllegalArgumentException("path must be group.item.field: " + path);
    }
    Map<String, Map<String, Number>> group =
        switch (p[0]) {
          case "activeDisclosure" -> activeDisclosure;
          case "applications" -> applications;
          case "reviewsAndLawsuits" -> reviewsAndLawsuits;
          default -> throw new IllegalArgumentException("unknown group " + p[0]);
        };
    Map<String, Number> item = group.get(p[1]);
    return item == null ? null : item.get(p[2]);
  }

  private static Map<String, Map<String, Number>> freeze(Map<String, Map<String, Number>> m) {
    Map<String, Map<String, Number>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(out);
  }
}
