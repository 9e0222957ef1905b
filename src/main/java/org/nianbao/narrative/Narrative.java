package org.nianbao.narrative;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.model.Section;

/** What the running text says; any field may be null, sections may be empty. */
public record Narrative(
    String title, String organization, Integer year, LocalDate issuedOn, List<Section> sections) {
  public Narrative {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }
}
