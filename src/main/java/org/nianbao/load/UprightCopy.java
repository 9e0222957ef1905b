package org.nianbao.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page redrawn so that its text runs left to right, upright, with no /Rotate: a one-page
 * scratch document whose page shares the original's resources and content streams, preceded by
 * one {@code cm} that turns user space. Text strippers and tabula then see glyphs and ruling
 * lines in the upright frame whatever /Rotate and content rotation the page had (tabula's own
 * handling of /Rotate covers neither content drawn sideways nor rulings on 180° pages).
 */
final class UprightCopy {
  private UprightCopy() {}

  /**
   * A scratch document holding {@code page} turned clockwise by {@code textAngle} (the
   * counter-clockwise angle, 0/90/180/270, at which its text runs in user space). The caller
   * closes it; it must not outlive the original document.
   */
  static PDDocument of(PDPage page, int textAngle) throws IOException {
    PDRectangle box = page.getCropBox();
    double llx = box.getLowerLeftX(), lly = box.getLowerLeftY();
    double urx = box.getUpperRightX(), ury = box.getUpperRightY();
    double[] m; // a b c d e f: x' = a x + c y + e, y' = b x + d y + f
    boolean swap;
    switch (textAngle) {
      case 90 -> { // baseline runs up: turn clockwise
        m = new double[] {0, -1, 1, 0, -lly, urx};
        swap = true;
      }
      case 180 -> {
        m = new double[] {-1, 0, 0, -1, urx, ury};
        swap = false;
      }
      case 270 -> { // baseline runs down: turn counter-clockwise
        m = new double[] {0, 1, -1, 0, ury, -llx};
        swap = true;
      }
      default -> {
        m = new double[] {1, 0, 0, 1, -llx, -lly};
        swap = false;
      }
    }
    float w = swap ? box.getHeight() : box.getWidth();
    float h = swap ? box.getWidth() : box.getHeight();
    PDDocument scratch = new PDDocument();
    try {
      scratch.setResourceCache(new NoImageResourceCache());
      COSDictionary dict = new COSDictionary();
      dict.setItem(COSName.TYPE, COSName.PAGE);
      if (page.getResources() != null) {
        dict.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
      }
      PDRectangle upright = new PDRectangle(0, 0, w, h);
      dict.setItem(COSName.MEDIA_BOX, upright.getCOSArray());
      dict.setItem(COSName.CROP_BOX, upright.getCOSArray());
      COSArray contents = new COSArray();
      // no q/Q around the original: an unbalanced Q in it could otherwise undo the turn
      contents.add(stream(scratch, String.format(Locale.ROOT,
          "%f %f %f %f %f %f cm\n", m[0], m[1], m[2], m[3], m[4], m[5])));
      COSBase original = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      if (original instanceof COSArray arr) {
        for (int i = 0; i < arr.size(); i++) {
          contents.add(arr.get(i));
        }
      } else if (original != null) {
        contents.add(original);
      }
      dict.setItem(COSName.CONTENTS, contents);
      scratch.addPage(new PDPage(dict));
      return scratch;
    } catch (IOException | RuntimeException e) {
      scratch.close();
      throw e;
    }
  }

  private static COSStream stream(PDDocument doc, String content) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream out = s.createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    return s;
  }
}
