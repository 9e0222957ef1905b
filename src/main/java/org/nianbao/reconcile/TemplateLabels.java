package org.nianbao.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.internal.EditDistance;

/**
 * Every label the template definitions know (row and column labels, their variants, parents,
 * table signatures and the notes printed in the tables), for judging an OCR reading of a label
 * cell: one that reads as a known label within a few edits needs no second look at the page.
 */
public final class TemplateLabels {
  private final List<String> labels;

  TemplateLabels(Set<String> labels) {
    this.labels = labels.stream().map(LabelNormalizer::normalize)
        .filter(s -> s.length() >= 2).distinct().toList();
  }

  /** The labels of the shipped templates ({@code models/templates}). */
  public static TemplateLabels fromClasspath() {
    return load(null);
  }

  /** The labels of the templates with local files from {@code dir} (see {@link TemplateCatalog#load}). */
  public static TemplateLabels load(java.nio.file.Path dir) {
    TemplateCatalog.checkFolder(dir);
    ObjectMapper json = new ObjectMapper();
    JsonNode index = TemplateCatalog.read(json, "index.json", dir);
    Set<String> files = new LinkedHashSet<>();
    index.path("activeDisclosureForms").forEach(f -> files.add(f.asText()));
    files.add(index.path("applications").asText());
    files.add(index.path("reviewsAndLawsuits").asText());
    Set<String> labels = new LinkedHashSet<>();
    for (String f : files) {
      collect(TemplateCatalog.read(json, f, dir), labels);
    }
    return new TemplateLabels(labels);
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node.isTextual()) {
      if (LabelNormalizer.hasIdeograph(node.asText())) {
        out.add(node.asText());
      }
    } else {
      node.forEach(child -> collect(child, out));
    }
  }

  /**
   * Whether the text reads as one of the labels: normalised (spacing, bracket forms and
   * punctuation as the reconciler ignores them), within a fifth of the label's length in edits,
   * at least one.
   */
  public boolean near(String text) {
    String x = LabelNormalizer.normalize(text);
    if (x.length() < 2) {
      return false;
    }
    for (String label : labels) {
      int allowed = Math.max(1, label.length() / 5);
      if (Math.abs(label.length() - x.length()) <= allowed
          && EditDistance.levenshtein(x, label) <= allowed) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return labels.size();
  }
}
