package org.nianbao.extract.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.load.LoadedPage;

/**
 * Gets a page's image for OCR: a scan's own embedded image at its native resolution when the
 * page is just that image (no resampling loss), otherwise the page rendered at the given dpi.
 * Always 8-bit gray: a third of the memory of RGB, and what the OCR stage reads anyway.
 */
public final class PageImages {
  /** How closely the image's aspect must match the page's to be taken as the whole page. */
  private static final double ASPECT_TOLERANCE = 0.03;

  private PageImages() {}

  static PageImage of(LoadedPage page, int dpi) throws IOException {
    PDPage pd = page.pdPage();
    PDImageXObject only = page.rotation() == 0 ? singleImage(pd) : null;
    if (only != null) {
      double pageAspect = page.width() / page.height();
      double imageAspect = (double) only.getWidth() / only.getHeight();
      double minDpi = only.getWidth() / (page.width() / 72.0);
      if (Math.abs(pageAspect - imageAspect) / pageAspect < ASPECT_TOLERANCE && minDpi >= 100) {
        BufferedImage img = decodeGray(only, minDpi);
        return new PageImage(page.number(), img, page.width() / img.getWidth(), "embedded");
      }
    }
    BufferedImage img = new PDFRenderer(page.pdf())
        .renderImageWithDPI(page.number() - 1, dpi, ImageType.GRAY);
    return new PageImage(page.number(), img, 72.0 / dpi, "rendered");
  }

  /**
   * The image in 8-bit gray. A gray JPEG (what scanners and img2pdf embed) is decoded straight
   * to gray by ImageIO: PDFBox's general path converts every pixel to RGB through the colour
   * space, one sample at a time, which was the dearest Java step of reading a scanned page.
   */
  public static BufferedImage decodeGray(PDImageXObject image) throws IOException {
    // without the page size, the dpi of an A4 sheet (only sizes the seals looked for)
    return decodeGray(image, Math.max(image.getWidth(), image.getHeight()) / 11.69);
  }

  /**
   * The image in 8-bit gray; a colour scan's red seals are left out (see {@link SealInk}): read
   * as gray their ink covers the signature and date.
   */
  public static BufferedImage decodeGray(PDImageXObject image, double ppi) throws IOException {
    if (image.getColorSpace().getNumberOfComponents() == 3 && !image.isStencil()) {
      return SealInk.grayWithoutSeals(image.getImage(), ppi);
    }
    if (plainGrayJpeg(image)) {
      try (InputStream in = image.createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
        BufferedImage b = ImageIO.read(in);
        if (b != null && b.getType() == BufferedImage.TYPE_BYTE_GRAY
            && b.getWidth() == image.getWidth() && b.getHeight() == image.getHeight()) {
          return b;
        }
      } catch (IOException | RuntimeException e) {
        // an odd JPEG: PDFBox's own decoder below copes with more
      }
    }
    return gray(image.getImage());
  }

  private static boolean plainGrayJpeg(PDImageXObject image) throws IOException {
    List<COSName> filters = image.getStream().getFilters();
    return filters.size() == 1 && COSName.DCT_DECODE.equals(filters.get(0))
        && !image.isStencil() && image.getBitsPerComponent() == 8
        && image.getDecode() == null
        && image.getColorSpace().getNumberOfComponents() == 1;
  }

  /** The page's first image XObject (tools reading scans); fails on a page without one. */
  public static PDImageXObject firstImage(PDPage page) throws IOException {
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
        return img;
      }
    }
    throw new IllegalStateException("page without image");
  }

  /** The page's one image XObject, or null when it has none, several, or forms. */
  private static PDImageXObject singleImage(PDPage page) throws IOException {
    PDResources res = page.getResources();
    if (res == null) {
      return null;
    }
    PDImageXObject found = null;
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      if (!(x instanceof PDImageXObject img) || found != null) {
        return null;
      }
      found = img;
    }
    return found;
  }

  private static BufferedImage gray(BufferedImage src) {
    if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return src;
    }
    BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D gr = g.createGraphics();
    gr.drawImage(src, 0, 0, null);
    gr.dispose();
    return g;
  }
}
