package org.nianbao.extract.image;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The labels a table page is expected to print (the templates' row and column labels). A label
 * cell whose first reading is close to one of them is taken without a second look at the page:
 * the second read costs as much as the first and mostly confirms it. A long label whose first
 * glyphs and width fit one known label alone need not be read to its end ({@link LabelBeginnings}).
 */
public interface LabelLexicon {
  boolean confirms(String reading);

  /**
   * The known labels, as printed, whose beginning reads as the text (a reading of a label
   * cell's first glyphs only); empty when none does or the text is too short to tell.
   */
  List<String> beginningAs(String reading);

  /** No expectations: every doubtful label is read twice, every label to its end. */
  static LabelLexicon none() {
    return of(reading -> false, reading -> List.of());
  }

  static LabelLexicon of(Predicate<String> confirms, Function<String, List<String>> beginningAs) {
    return new LabelLexicon() {
      @Override
      public boolean confirms(String reading) {
        return confirms.test(reading);
      }

      @Override
      public List<String> beginningAs(String reading) {
        return beginningAs.apply(reading);
      }
    };
  }
}
