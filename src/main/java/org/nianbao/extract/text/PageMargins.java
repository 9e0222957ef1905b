package org.nianbao.extract.text;

import java.util.regex.Pattern;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.TextLine;

/**
 * Whether a page has only running furniture (page numbers, headers/footers in the outer band)
 * above or below a given y.
 */
final class PageMargins {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4})?(\\s*(页|共\\s*\\d+\\s*页))?[-—–\\s]*$");
  private static final double OUTER_BAND = 0.06;

  static boolean nothingBelow(LoadedPage page, double y) {
    for (TextLine l : page.lines()) {
      if (l.bbox().top() >= y - 1 && !isFurniture(page, l)) {
        return false;
      }
    }
    return true;
  }

  static boolean nothingAbove(LoadedPage page, double y) {
    for (TextLine l : page.lines()) {
      if (l.bbox().bottom() <= y + 1 && !isFurniture(page, l)) {
        return false;
      }
    }
    return true;
  }

  static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text.strip()).matches();
  }

  private static boolean isFurniture(LoadedPage page, TextLine l) {
    double h = page.uprightHeight();
    return isPageNumber(l.text())
        || l.bbox().bottom() < OUTER_BAND * h
        || l.bbox().top() > (1 - OUTER_BAND) * h;
  }
}
