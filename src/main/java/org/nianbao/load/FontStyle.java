package org.nianbao.load;

import java.util.Locale;

/** What a font name says about its style. */
public final class FontStyle {
  private FontStyle() {}

  /** Bold by name: "…Bold", "…,Bold", "…Black", "…Heavy", "…-B"; Chinese 黑体 counts too. */
  public static boolean isBold(String fontName) {
    if (fontName == null) {
      return false;
    }
    String n = fontName.toLowerCase(Locale.ROOT);
    return n.contains("bold")
        || n.contains("black")
        || n.contains("heavy")
        || n.endsWith(",b")
        || n.endsWith("-b")
        || n.contains("simhei")
        || n.contains("黑体")
        || n.contains("heiti");
  }
}
