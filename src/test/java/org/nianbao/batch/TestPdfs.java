package org.nianbao.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.nianbao.model.Check;
import org.nianbao.model.Data;
import org.nianbao.model.Report;
import org.nianbao.model.ReportInfo;
import org.nianbao.model.SourceInfo;
import org.nianbao.model.Template;

/** Builds the robustness corpus: real PDFs made with PDFBox, and junk that looks like PDFs. */
public final class TestPdfs {
  private TestPdfs() {}

  public static byte[] pages(String text, int pageCount) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pageCount; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(PDType1Font.HELVETICA, 12);
          cs.newLineAtOffset(72, 700);
          cs.showText(text + " page " + (i + 1));
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  public static byte[] onePage(String text) throws IOException {
    return pages(text, 1);
  }

  /** Needs the user password "secret" to open. */
  static byte[] encrypted() throws IOException {
    try (PDDocument doc = PDDocument.load(onePage("confidential"))) {
      StandardProtectionPolicy p =
          new StandardProtectionPolicy("owner-pw", "secret", new AccessPermission());
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] html() {
    return ("<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
        + "<body><h1>页面不存在</h1></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] truncated(byte[] pdf) {
    return Arrays.copyOf(pdf, pdf.length / 2);
  }

  // ---- crafted hostile PDFs, written object by object ------------------------------------

  /** A PDF of the given objects (object i is {@code objects[i-1]}; 1 must be the catalog). */
  public static byte[] raw(byte[]... objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = out.size();
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(objects[i]);
      out.writeBytes(ascii("\nendobj\n"));
    }
    long xref = out.size();
    StringBuilder sb = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
    for (long o : offsets) {
      sb.append(String.format("%010d 00000 n \n", o));
    }
    sb.append("trailer\n<< /Size ").append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(ascii(sb.toString()));
    return out.toByteArray();
  }

  static byte[] dict(String body) {
    return ascii(body);
  }

  static byte[] stream(String dictEntries, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("<< " + dictEntries + " /Length " + data.length + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(ascii("\nendstream"));
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

  private static byte[] textContent(String text) {
    return stream("", ascii("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET"));
  }

  /**
   * Three pages under a root whose /Count says {@code declaredCount} (poppler counts the leaves;
   * a reader that trusts /Count loses pages or runs off the end).
   */
  public static byte[] wrongPageCount(int declaredCount) {
    return raw(dict("<< /Type /Catalog /Pages 2 0 R >>"),
        dict("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count " + declaredCount
            + " /MediaBox [0 0 612 792] /Resources << /Font << /F1 9 0 R >> >> >>"),
        dict("<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>"),
        dict("<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>"),
        dict("<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>"),
        textContent("first page"), textContent("second page"), textContent("third page"),
        dict(FONT));
  }

  /** One real page; the root's second kid is a page-tree node whose only kid is the root. */
  public static byte[] kidsLoop() {
    return raw(dict("<< /Type /Catalog /Pages 2 0 R >>"),
        dict("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 612 792]"
            + " /Resources << /Font << /F1 6 0 R >> >> >>"),
        dict("<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"),
        dict("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>"),
        textContent("the only page"), dict(FONT));
  }

  /** One page showing one gray image that declares {@code width} x {@code height} pixels. */
  public static byte[] hugeImage(int width, int height) throws IOException {
    return raw(dict("<< /Type /Catalog /Pages 2 0 R >>"),
        dict("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        dict("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            + " /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>"),
        stream("", ascii("q 612 0 0 792 0 0 cm /Im1 Do Q")),
        stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height
            + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
            deflate(new byte[4096])));
  }

  /**
   * One page whose content stream inflates to {@code mib} MiB of blanks (about 1 KB of file a
   * MiB), deflated once: what PDFBox decodes in full before parsing.
   */
  public static byte[] inflateBomb(int mib) throws IOException {
    return onePageContent("/Filter /FlateDecode", deflatedBlanks(mib));
  }

  /** As {@link #inflateBomb}, deflated twice so the file stays a few KB. */
  public static byte[] doubleInflateBomb(int mib) throws IOException {
    return onePageContent("/Filter [/FlateDecode /FlateDecode]", deflate(deflatedBlanks(mib)));
  }

  /** {@code mib} MiB of blanks, deflated once, streamed so the blanks are never held whole. */
  private static byte[] deflatedBlanks(int mib) throws IOException {
    ByteArrayOutputStream once = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(once,
        new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
      byte[] blanks = new byte[1 << 20];
      Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < mib; i++) {
        z.write(blanks);
      }
    }
    return once.toByteArray();
  }

  /** One page whose content stream has these filters and encoded bytes. */
  private static byte[] onePageContent(String filters, byte[] encoded) {
    return raw(dict("<< /Type /Catalog /Pages 2 0 R >>"),
        dict("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        dict("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
        stream(filters, encoded));
  }

  /**
   * One page drawing form 0, each form drawing the next one {@code fanOut} times, {@code levels}
   * deep: fanOut^levels drawings from a file of a few KB.
   */
  public static byte[] formBomb(int levels, int fanOut) {
    List<byte[]> objs = new java.util.ArrayList<>();
    objs.add(dict("<< /Type /Catalog /Pages 2 0 R >>"));
    objs.add(dict("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objs.add(dict("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        + " /Resources << /XObject << /F0 5 0 R >> >> /Contents 4 0 R >>"));
    objs.add(stream("", ascii("/F0 Do")));
    for (int i = 0; i < levels; i++) {
      int self = 5 + i;
      boolean last = i == levels - 1;
      String body = last ? "0 0 m 1 1 l S" : ("/F Do ".repeat(fanOut)).strip();
      objs.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
          + (last ? "" : " /Resources << /XObject << /F " + (self + 1) + " 0 R >> >>"),
          ascii(body)));
    }
    return raw(objs.toArray(new byte[0][]));
  }

  /**
   * {@code pages} pages sharing one content stream that inflates (deflated twice) to {@code mib}
   * MiB of path operators: under the loader's per-stream limit, so every page is parsed, about
   * {@code pages * mib} MiB in all from a file of a few KB.
   */
  public static byte[] sharedContentBomb(int pages, int mib) throws IOException {
    byte[] unit = ascii("0 0 m 1 1 l S\n");
    byte[] block = new byte[1 << 20];
    for (int i = 0; i < block.length; i++) {
      block[i] = unit[i % unit.length];
    }
    ByteArrayOutputStream once = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(once,
        new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
      for (int i = 0; i < mib; i++) {
        z.write(block);
      }
    }
    int content = 3 + pages;
    List<byte[]> objs = pageTree(pages, "/Contents " + content + " 0 R");
    objs.add(stream("/Filter [/FlateDecode /FlateDecode]", deflate(once.toByteArray())));
    return raw(objs.toArray(new byte[0][]));
  }

  /**
   * {@code pages} pages drawing one chain of forms, each drawing the next {@code fanOut} times,
   * {@code levels} deep, the last drawing {@code leafPaths} paths: fanOut^(levels-1) form draws
   * a page, under the per-page limit when that stays below 100,000, and fanOut^(levels-1) *
   * leafPaths paths to draw on every page.
   */
  public static byte[] formFanOutBomb(int pages, int levels, int fanOut, int leafPaths) {
    int content = 3 + pages;
    List<byte[]> objs = pageTree(pages, "/Resources << /XObject << /F0 " + (content + 1)
        + " 0 R >> >> /Contents " + content + " 0 R");
    objs.add(stream("", ascii("/F0 Do")));
    for (int i = 0; i < levels; i++) {
      boolean last = i == levels - 1;
      String body = last ? "0 0 m 1 1 l S ".repeat(leafPaths)
          : ("/F Do ".repeat(fanOut)).strip();
      objs.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
          + (last ? "" : " /Resources << /XObject << /F " + (content + 2 + i) + " 0 R >> >>"),
          ascii(body)));
    }
    return raw(objs.toArray(new byte[0][]));
  }

  /**
   * {@code pages} pages showing one {@code width} x {@code height} image of random gray
   * pixels: no text layer, so each page goes to OCR, where noise keeps Tesseract busy.
   */
  public static byte[] noiseScan(int pages, int width, int height) throws IOException {
    byte[] px = new byte[width * height];
    new java.util.Random(7).nextBytes(px);
    int content = 3 + pages;
    List<byte[]> objs = pageTree(pages, "/Resources << /XObject << /Im1 " + (content + 1)
        + " 0 R >> >> /Contents " + content + " 0 R");
    objs.add(stream("", ascii("q 595 0 0 842 0 0 cm /Im1 Do Q")));
    objs.add(stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height
        + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(px)));
    return raw(objs.toArray(new byte[0][]));
  }

  /** Catalog, page tree and {@code pages} A4 pages (objects 3..) with the same entries. */
  private static List<byte[]> pageTree(int pages, String pageEntries) {
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(3 + i).append(" 0 R ");
    }
    List<byte[]> objs = new java.util.ArrayList<>();
    objs.add(dict("<< /Type /Catalog /Pages 2 0 R >>"));
    objs.add(dict("<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + pages
        + " >>"));
    for (int i = 0; i < pages; i++) {
      objs.add(dict("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + pageEntries
          + " >>"));
    }
    return objs;
  }

  /** A whole PDF followed by {@code n} bytes of an HTML page (a portal's footer, padding). */
  public static byte[] withTrailingGarbage(byte[] pdf, int n) {
    byte[] tail = ("<html><body>" + "<p>\u8fd4\u56de\u9996\u9875</p>".repeat(n / 10) + "</body></html>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(pdf, pdf.length + 1 + tail.length);
    out[pdf.length] = '\n';
    System.arraycopy(tail, 0, out, pdf.length + 1, tail.length);
    return out;
  }

  private static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(out,
        new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
      z.write(data);
    }
    return out.toByteArray();
  }

  public static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  /** A report whose figures depend only on the file's bytes, for fake extractors. */
  static Report fakeReport(Path pdf, int pages) throws IOException {
    String sha = FileHash.sha256(pdf);
    long n = Long.parseLong(sha.substring(0, 6), 16) % 1000;
    // LinkedHashMap, not Map.of: Map.of iteration order changes from JVM to JVM, and outputs
    // must be byte-identical across runs.
    Map<String, Map<String, Number>> apps = new java.util.LinkedHashMap<>();
    apps.put("newReceived", Map.of("total", n));
    apps.put("carriedOver", Map.of("total", 2L));
    apps.put("resultsTotal", Map.of("total", n));
    apps.put("carriedForward", Map.of("total", 2L));
    return new Report(Report.SCHEMA_VERSION, new SourceInfo(pdf.getFileName().toString(), sha,
        pages), new ReportInfo("报告", "某某市人民政府", 2023, Template.GB2021, null), List.of(),
        List.of(), List.of(), new Data(Map.of(), apps, Map.of()), Map.of(),
        List.of(new Check("applications.balance", "total", true, n + 2, n + 2, "ok")),
        List.of(), Map.of());
  }
}
