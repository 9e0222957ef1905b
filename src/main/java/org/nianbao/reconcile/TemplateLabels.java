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
  /**
   * The labels as the templates print them (one form per normalised label), for completing a
   * reading of a label's beginning.
   */
  private final List<String> printed;

  TemplateLabels(Set<String> labels) {
    this.labels = labels.stream().map(LabelNormalizer::normalize)
        .filter(s -> s.length() >= 2).distinct().toList();
    // one printed form per label: forms that differ only in punctuation are one label
    java.util.Map<String, String> byNormal = new java.util.LinkedHashMap<>();
    for (String s : labels) {
      if (LabelNormalizer.normalize(s).length() >= 2) {
        byNormal.putIfAbsent(LabelNormalizer.normalize(s), s);
      }
    }
    this.printed = List.copyOf(byNormal.values());
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

  /**
   * The labels (as printed in the templates) whose beginning reads as the text, a reading of only
   * the first glyphs of a label cell: normalised as {@link #near} does, the text is within one
   * edit of a label's first glyphs (none for a text of fewer than {@link #MIN_EXACT_BEGINNING}
   * glyphs, which is compared exactly), give or take a glyph at the end, where the reading was
   * cut. Empty for a text of fewer than {@link #MIN_BEGINNING} glyphs: too little to tell labels
   * apart.
   */
  public List<String> beginningAs(String text) {
    String x = LabelNormalizer.normalize(text);
    if (x.length() < MIN_BEGINNING) {
      return List.of();
    }
    int allowed = x.length() >= MIN_EXACT_BEGINNING ? 1 : 0;
    List<String> out = new ArrayList<>();
    for (String label : printed) {
      String n = LabelNormalizer.normalize(label);
      for (int m = x.length() - 1; m <= x.length() + 1; m++) {
        if (m >= 1 && m <= n.length()
            && EditDistance.levenshtein(x, n.substring(0, m)) <= allowed) {
          out.add(label);
          break;
        }
      }
    }
    return out;
  }

  /** Fewest glyphs of a label's beginning {@link #beginningAs} completes. */
  static final int MIN_BEGINNING = 3;

  /** Fewest glyphs of a label's beginning that may hold one misread glyph. */
  static final int MIN_EXACT_BEGINNING = 5;

  int size() {
    return labels.size();
  }
}
