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

  /**
   * The value at a dotted path such as {@code applications.newReceived.total}; null when the
   * figure was not read (or is not in this report's template).
   *
   * @throws IllegalArgumentException when no template has the path (a misspelling): see
   *     {@link FigurePath}
   */
  public Number get(String path) {
    return get(FigurePath.of(path));
  }

  /** The value of a figure; null when it was not read (or is not in this report's template). */
  public Number get(FigurePath figure) {
    Map<String, Map<String, Number>> group =
        switch (figure.group()) {
          case "activeDisclosure" -> activeDisclosure;
          case "applications" -> applications;
          default -> reviewsAndLawsuits;
        };
    Map<String, Number> item = group.get(figure.item());
    return item == null ? null : item.get(figure.field());
  }

  private static Map<String, Map<String, Number>> freeze(Map<String, Map<String, Number>> m) {
    Map<String, Map<String, Number>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(out);
  }
}
