package org.nianbao.extract.image;

/**
 * The labels a table page is expected to print (the templates' row and column labels). A label
 * cell whose first reading is close to one of them is taken without a second look at the page:
 * the second read costs as much as the first and mostly confirms it.
 */
@FunctionalInterface
public interface LabelLexicon {
  boolean confirms(String reading);

  /** No expectations: every doubtful label is read twice. */
  static LabelLexicon none() {
    return reading -> false;
  }
}
