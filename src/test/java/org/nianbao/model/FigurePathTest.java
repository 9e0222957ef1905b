package org.nianbao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.reconcile.FormLayout;

/** The typed figure paths against the template definitions the reconciler reads. */
class FigurePathTest {

  /** Every figure path of both templates, as the form layout (from models/templates) has them. */
  private static Set<String> templatePaths() {
    Set<String> paths = new LinkedHashSet<>();
    for (Template t : new Template[] {Template.GB2021, Template.GB2019}) {
      for (FormLayout.Group g : FormLayout.of(t)) {
        for (FormLayout.Item i : g.items()) {
          for (String f : i.fields()) {
            paths.add(g.key() + "." + i.key() + "." + f);
          }
        }
      }
    }
    return paths;
  }

  @Test
  void everyTemplatePathHasAConstantAndEveryConstantAPath() {
    Set<String> constants = Arrays.stream(FigurePath.values()).map(FigurePath::path)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> template = new TreeSet<>(templatePaths());
    Set<String> missing = new TreeSet<>(template);
    missing.removeAll(constants);
    Set<String> stale = new TreeSet<>(constants);
    stale.removeAll(template);
    assertEquals(Set.of(), missing, "template paths without a constant (run scripts/gen-figure-paths)");
    assertEquals(Set.of(), stale, "constants no template has (run scripts/gen-figure-paths)");
  }

  @Test
  void constantNamesSpellTheirPaths() {
    for (FigurePath f : FigurePath.values()) {
      String expected = Arrays.stream(f.path().split("\\."))
          .map(p -> p.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toUpperCase())
          .collect(Collectors.joining("_"));
      assertEquals(expected, f.name());
      assertEquals(f, FigurePath.of(f.path()));
      assertEquals(f.path(), f.group() + "." + f.item() + "." + f.field());
    }
  }

  @Test
  void aMisspeltPathFailsLoudly() {
    Data data = new Data(Map.of(), Map.of("granted", Map.of("naturalPerson", 3L)), Map.of());
    assertEquals(3L, data.get(FigurePath.APPLICATIONS_GRANTED_NATURAL_PERSON));
    assertEquals(3L, data.get("applications.granted.naturalPerson"));
    // a figure the report lacks is null; a path no template has is an error, not a null
    assertNull(data.get(FigurePath.APPLICATIONS_GRANTED_TOTAL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> data.get("applications.granted.natural"));
    assertTrue(e.getMessage().contains("applications.granted.natural"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FigurePath.of("applications.granted"));
  }
}
