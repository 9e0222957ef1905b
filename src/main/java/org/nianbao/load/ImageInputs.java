package org.nianbao.load;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scans delivered as images (PNG, JPEG, TIFF, one page per TIFF frame) become an image-only
 * document, one page per image, sized from the image's resolution (when it records none: A4 for
 * an image of A4's proportions, else 300 dpi), and then go through the pipeline like a scanned
 * PDF. JPEG bytes are kept as they are.
 */
public final class ImageInputs {
  /** Resolution assumed when the image does not record one: archive scans are mostly 300 dpi. */
  static final double DEFAULT_DPI = 300;
  /** Declared pixels above which an image is refused before decoding (a decompression bomb). */
  static final long MAX_PIXELS = 100_000_000L;

  private ImageInputs() {}

  /** The image kind from the first bytes: "png", "jpeg", "tiff", or null. */
  public static String kind(byte[] head, int n) {
    if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
      return "png";
    }
    if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8
        && (head[2] & 0xff) == 0xFF) {
      return "jpeg";
    }
    if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
        || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
      return "tiff";
    }
    return null;
  }

  /** File names a folder run picks up as scans besides PDFs. */
  public static boolean hasImageName(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".tif")
        || n.endsWith(".tiff");
  }

  /** A document with one page per image of the file. */
  static PDDocument toDocument(Path file, String kind) throws IOException {
    PDDocument doc = new PDDocument();
    try (InputStream raw = Files.newInputStream(file);
        ImageInputStream in = ImageIO.createImageInputStream(raw)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("no image reader for " + kind);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, false);
        int frames = kind.equals("tiff") ? reader.getNumImages(true) : 1;
        for (int i = 0; i < frames; i++) {
          long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
          if (pixels > MAX_PIXELS) {
            throw new IOException("image " + (i + 1) + " declares " + pixels
                + " pixels, more than " + MAX_PIXELS);
          }
          double dpi = dpi(reader.getImageMetadata(i), reader.getWidth(i), reader.getHeight(i));
          PDImageXObject x = kind.equals("jpeg")
              ? JPEGFactory.createFromByteArray(doc, Files.readAllBytes(file))
              : LosslessFactory.createFromImage(doc, gray(reader.read(i)));
          float w = (float) (x.getWidth() * 72 / dpi);
          float h = (float) (x.getHeight() * 72 / dpi);
          PDPage page = new PDPage(new PDRectangle(w, h));
          doc.addPage(page);
          try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, w, h);
          }
        }
      } finally {
        reader.dispose();
      }
      return doc;
    } catch (IOException | RuntimeException e) {
      doc.close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /** Gray where the scan has no colour to keep: a third of the size, and OCR reads gray. */
  private static BufferedImage gray(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY || img.getColorModel().getNumComponents() > 1) {
      return img; // colour kept: a red seal is told apart by its colour
    }
    BufferedImage g = new BufferedImage(img.getWidth(), img.getHeight(),
        BufferedImage.TYPE_BYTE_GRAY);
    g.getGraphics().drawImage(img, 0, 0, null);
    return g;
  }

  /** A4's short side in inches; reports are printed on A4. */
  static final double A4_SHORT_INCHES = 210 / 25.4;

  /**
   * The resolution the image records, or one it implies: a page of A4's proportions (√2 within
   * 3%) is an A4 sheet, so its short side spans 8.27 inches. Every measure of the image reader
   * (rule reach, glyph sizes) scales with it: a 150 dpi scan taken for 300 dpi loses its tables.
   */
  static double dpi(IIOMetadata meta, int width, int height) {
    double recorded = recordedDpi(meta);
    if (!Double.isNaN(recorded)) {
      return recorded;
    }
    double ratio = (double) Math.max(width, height) / Math.max(1, Math.min(width, height));
    if (Math.abs(ratio - Math.sqrt(2)) <= 0.03 * Math.sqrt(2)) {
      double a4 = Math.min(width, height) / A4_SHORT_INCHES;
      if (a4 >= 50 && a4 <= 1200) {
        return a4;
      }
    }
    return DEFAULT_DPI;
  }

  /** Horizontal resolution from the standard metadata (pixel size in mm), or NaN. */
  private static double recordedDpi(IIOMetadata meta) {
    try {
      if (meta == null || !meta.isStandardMetadataFormatSupported()) {
        return Double.NaN;
      }
      Element root = (Element) meta.getAsTree("javax_imageio_1.0");
      NodeList n = root.getElementsByTagName("HorizontalPixelSize");
      if (n.getLength() > 0) {
        double mmPerPixel = Double.parseDouble(((Element) n.item(0)).getAttribute("value"));
        double dpi = 25.4 / mmPerPixel;
        if (dpi >= 50 && dpi <= 1200) {
          return dpi;
        }
      }
    } catch (RuntimeException ignored) {
      // odd metadata: as if none were recorded
    }
    return Double.NaN;
  }
}
