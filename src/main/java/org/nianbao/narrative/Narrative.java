package org.nianbao.narrative;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.model.Section;
import org.nianbao.model.Warning;

/**
 * What the running text says; any field may be null, sections may be empty. Warnings say where
 * a field was repaired rather than taken as read.
 */
public record Narrative(
    String title, String organization, Integer year, LocalDate issuedOn, List<Section> sections,
    List<Warning> warnings) {
  public Narrative {
    sections = sections == null ? List.of() : List.copyOf(sections);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public Narrative(String title, String organization, Integer year, LocalDate issuedOn,
      List<Section> sections) {
    this(title, organization, year, issuedOn, sections, List.of());
  }
}
