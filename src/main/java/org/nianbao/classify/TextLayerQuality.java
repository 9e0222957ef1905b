package org.nianbao.classify;

import org.nianbao.load.CodePoints;
import org.nianbao.load.Glyph;
import org.nianbao.load.LoadedPage;

/** Counts over a page's text layer: mapped, unmapped, implausible and CJK characters. */
record TextLayerQuality(int mapped, int unmapped, int implausible, int cjk, int longestNoiseRun) {

  static TextLayerQuality of(LoadedPage page) {
    int mapped = 0, flagged = 0, implausible = 0, cjk = 0, run = 0, longest = 0;
    for (Glyph g : page.glyphs()) {
      if (g.unmapped()) {
        flagged++;
        run++;
        longest = Math.max(longest, run);
        continue;
      }
      mapped++;
      int cp = g.text().codePointAt(0);
      if (!CodePoints.isPlausible(cp)) {
        implausible++;
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
      if (CodePoints.isCjk(cp)) {
        cjk++;
      }
    }
    int unmapped = Math.max(flagged, page.unmappedGlyphs());
    return new TextLayerQuality(mapped, unmapped, implausible, cjk, longest);
  }

  int total() {
    return mapped + unmapped;
  }

  double unmappedShare() {
    return total() == 0 ? 0 : unmapped / (double) total();
  }

  double implausibleShare() {
    return mapped == 0 ? 0 : implausible / (double) mapped;
  }
}
