package org.nianbao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageInputsTest {
  /** An image recording no resolution: an A4 sheet's proportions give it; others get 300. */
  @Test
  void aScanWithoutResolutionOfA4ProportionsIsSizedAsA4() {
    // pdftoppm's A4 at 150 and 200 dpi, portrait and landscape
    assertEquals(150, ImageInputs.dpi(null, 1241, 1754), 0.5);
    assertEquals(200, ImageInputs.dpi(null, 2339, 1654), 0.5);
    // a crop of a page, a photo of a table: no paper size to go by
    assertEquals(ImageInputs.DEFAULT_DPI, ImageInputs.dpi(null, 1200, 900), 0.0);
  }
}
