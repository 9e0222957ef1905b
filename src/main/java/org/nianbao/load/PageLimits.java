package org.nianbao.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Limits checked before a page's content is decoded, so a few KB of hostile PDF cannot take a
 * worker's memory or time: images declaring more pixels than any scan has, form XObjects that
 * draw each other so often that the page would be drawn for hours, and (in the loader)
 * streams that inflate beyond {@link #MAX_DECODED_BYTES}. A refused page gets a
 * {@code PAGE_TOO_LARGE} warning; the rest of the document is still read.
 */
public final class PageLimits {
  /** Declared pixels of one image: an A3 scan at 600 dpi is 70 Mpx. */
  public static final long MAX_IMAGE_PIXELS = 100_000_000L;
  /** Pixels of a page rendered for OCR. */
  public static final long MAX_RENDER_PIXELS = MAX_IMAGE_PIXELS;
  /** Form XObjects drawn on one page, counting every repeat of a nested form. */
  public static final long MAX_FORM_DRAWS = 100_000L;
  /** Decoded stream data a document may hold at once (PDFBox scratch storage). */
  public static final long MAX_DECODED_BYTES = 256L << 20;

  /** Warning code of a refused page. */
  public static final String WARNING = "PAGE_TOO_LARGE";

  private PageLimits() {}

  /** Why the page must not be drawn or read, or null when it may. */
  public static String check(PDPage page) {
    try {
      COSDictionary res = page.getResources() == null ? null
          : page.getResources().getCOSObject();
      return new Walk(res).page(page);
    } catch (IOException e) {
      return isOverLimit(e) ? "page content inflates beyond "
          + (MAX_DECODED_BYTES >> 20) + " MiB" : null; // other damage: the readers report it
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Why the page must not be rendered at {@code dpi} for OCR, or null when it may. */
  public static String checkRender(LoadedPage page, int dpi) {
    double px = (page.width() / 72.0 * dpi) * (page.height() / 72.0 * dpi);
    if (px > MAX_RENDER_PIXELS) {
      return String.format("page of %.0f x %.0f pt renders to %.0f Mpx at %d dpi (limit %d Mpx)",
          page.width(), page.height(), px / 1e6, dpi, MAX_RENDER_PIXELS / 1_000_000);
    }
    return null;
  }

  /** Whether an exception is PDFBox refusing to decode past {@link #MAX_DECODED_BYTES}. */
  public static boolean isOverLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.contains("Maximum allowed scratch file memory exceeded")) {
        return true;
      }
    }
    return false;
  }

  /** One page's walk over its XObjects; forms' draw counts memoised by stream. */
  private static final class Walk {
    private final COSDictionary pageResources;
    private final Map<COSStream, Long> draws = new IdentityHashMap<>();
    private final Map<COSStream, Boolean> inProgress = new IdentityHashMap<>();
    private String refusal;

    Walk(COSDictionary pageResources) {
      this.pageResources = pageResources;
    }

    String page(PDPage page) throws IOException {
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      if (contents instanceof COSStream cs && inflatesBeyondLimit(cs)) {
        return "page content inflates beyond " + (MAX_DECODED_BYTES >> 20) + " MiB";
      }
      if (contents instanceof org.apache.pdfbox.cos.COSArray arr) {
        for (int i = 0; i < arr.size(); i++) {
          if (arr.getObject(i) instanceof COSStream cs && inflatesBeyondLimit(cs)) {
            return "page content inflates beyond " + (MAX_DECODED_BYTES >> 20) + " MiB";
          }
        }
      }
      if (!hasXObjects(pageResources)) {
        return null; // nothing to draw but text and paths: the common text page
      }
      long n;
      try (InputStream in = page.getContents()) {
        n = drawsIn(in == null ? new byte[0] : in.readAllBytes(), pageResources);
      }
      if (refusal != null) {
        return refusal;
      }
      if (n > MAX_FORM_DRAWS) {
        return "page draws its forms " + (n >= Long.MAX_VALUE / 4 ? "without end" : n + " times")
            + " (limit " + MAX_FORM_DRAWS + ")";
      }
      return null;
    }

    private static boolean hasXObjects(COSDictionary res) {
      return res != null && res.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary x
          && x.size() > 0;
    }

    /** Forms drawn by a content stream, repeats included; checks images on the way. */
    private long drawsIn(byte[] content, COSDictionary res) throws IOException {
      if (!hasXObjects(res)) {
        return 0;
      }
      COSDictionary xobjects = (COSDictionary) res.getDictionaryObject(COSName.XOBJECT);
      PDFStreamParser parser = new PDFStreamParser(content);
      long total = 0;
      COSName last = null;
      for (Object token = parser.parseNextToken(); token != null && refusal == null;
          token = parser.parseNextToken()) {
        if (token instanceof COSName name) {
          last = name;
        } else if (token instanceof Operator op) {
          if ("Do".equals(op.getName()) && last != null) {
            total = add(total, drawOf(xobjects.getDictionaryObject(last), last));
          }
          last = null;
        }
        if (total > MAX_FORM_DRAWS) {
          break;
        }
      }
      return total;
    }

    private long drawOf(COSBase target, COSName name) throws IOException {
      if (!(target instanceof COSStream s)) {
        return 0;
      }
      COSName subtype = s.getCOSName(COSName.SUBTYPE);
      if (COSName.IMAGE.equals(subtype)) {
        long w = s.getInt(COSName.WIDTH, s.getInt(COSName.W, 0));
        long h = s.getInt(COSName.HEIGHT, s.getInt(COSName.H, 0));
        if (w * h > MAX_IMAGE_PIXELS) {
          refusal = "image " + name.getName() + " declares " + w + " x " + h + " pixels (limit "
              + MAX_IMAGE_PIXELS / 1_000_000 + " Mpx)";
        } else if (inflatesBeyondLimit(s)) {
          refusal = "image " + name.getName() + " inflates beyond " + (MAX_DECODED_BYTES >> 20)
              + " MiB";
        }
        return 0;
      }
      if (!COSName.FORM.equals(subtype)) {
        return 0;
      }
      Long known = draws.get(s);
      if (known != null) {
        return add(1, known);
      }
      if (inProgress.containsKey(s)) {
        return Long.MAX_VALUE / 4; // a form drawing itself: endless
      }
      if (inflatesBeyondLimit(s)) {
        refusal = "form " + name.getName() + " inflates beyond " + (MAX_DECODED_BYTES >> 20)
            + " MiB";
        return 0;
      }
      inProgress.put(s, Boolean.TRUE);
      COSDictionary own = s.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary d
          ? d : pageResources;
      long inner;
      try (InputStream in = s.createInputStream()) {
        inner = drawsIn(in.readAllBytes(), own);
      }
      inProgress.remove(s);
      draws.put(s, inner);
      return add(1, inner);
    }

    /**
     * Whether a Flate-only stream inflates beyond {@link #MAX_DECODED_BYTES}, found by inflating
     * it into nothing (memory only, stopping at the limit). PDFBox would decode it into its
     * scratch storage, paging to disk, before its cap stops it: seconds per reader for a
     * stream a few hundred KB long. Streams with other filters are left to that cap.
     */
    private static boolean inflatesBeyondLimit(COSStream s) {
      COSBase f = s.getDictionaryObject(COSName.FILTER);
      int layers = 0;
      if (f instanceof COSName n) {
        layers = isFlate(n) ? 1 : -1;
      } else if (f instanceof org.apache.pdfbox.cos.COSArray arr) {
        for (int i = 0; i < arr.size(); i++) {
          layers = arr.getObject(i) instanceof COSName n && isFlate(n) && layers >= 0
              ? layers + 1 : -1;
        }
      }
      if (layers <= 0) {
        return false;
      }
      java.util.List<java.util.zip.Inflater> inflaters = new java.util.ArrayList<>();
      try (InputStream raw = s.createRawInputStream()) {
        InputStream in = raw;
        for (int i = 0; i < layers; i++) {
          java.util.zip.Inflater inf = new java.util.zip.Inflater();
          inflaters.add(inf);
          in = new java.util.zip.InflaterInputStream(in, inf, 1 << 16);
        }
        byte[] buf = new byte[1 << 16];
        long n = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
          n += r;
          if (n > MAX_DECODED_BYTES) {
            return true;
          }
        }
        return false;
      } catch (IOException | RuntimeException e) {
        return false; // damaged data: the readers report it as they find it
      } finally {
        inflaters.forEach(java.util.zip.Inflater::end);
      }
    }

    private static boolean isFlate(COSName n) {
      return COSName.FLATE_DECODE.equals(n) || COSName.FLATE_DECODE_ABBREVIATION.equals(n);
    }

    private static long add(long a, long b) {
      long s = a + b;
      return s < 0 || s > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : s;
    }
  }
}
