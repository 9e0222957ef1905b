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
final class TestPdfs {
  private TestPdfs() {}

  static byte[] pages(String text, int pageCount) throws IOException {
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

  static byte[] onePage(String text) throws IOException {
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

  static Path write(Path file, byte[] bytes) throws IOException {
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
