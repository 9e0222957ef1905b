package org.nianbao.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;

class PdfBoxDocumentLoaderTest {
  @TempDir Path dir;
  private final PdfBoxDocumentLoader loader = new PdfBoxDocumentLoader();

  private ErrorCode failure(Path p) {
    return assertThrows(NianbaoException.class, () -> loader.load(p)).code();
  }

  @Test
  void typedErrors() throws Exception {
    assertEquals(ErrorCode.NOT_FOUND, failure(dir.resolve("missing.pdf")));
    assertEquals(ErrorCode.EMPTY_FILE, failure(Files.createFile(dir.resolve("empty.pdf"))));
    Path html = dir.resolve("page.pdf");
    Files.writeString(html, "<!DOCTYPE html><html>404</html>", StandardCharsets.UTF_8);
    assertEquals(ErrorCode.NOT_PDF, failure(html));
    Path broken = dir.resolve("broken.pdf");
    Files.writeString(broken, "%PDF-1.7\n1 0 obj garbage\n%%EOF", StandardCharsets.ISO_8859_1);
    assertEquals(ErrorCode.CORRUPT_PDF, failure(broken));
  }

  @Test
  void userPasswordIsEncryptedOwnerPasswordOnlyOpens() throws Exception {
    assertEquals(ErrorCode.ENCRYPTED, failure(encrypted("user", "u.pdf")));
    try (LoadedDocument d = loader.load(encrypted("", "o.pdf"))) {
      assertEquals(1, d.pageCount());
    }
  }

  @Test
  void readsGlyphsAndLines() throws Exception {
    Path pdf = Path.of(getClass().getResource("/spans.pdf").toURI());
    try (LoadedDocument d = loader.load(pdf)) {
      assertEquals("spans.pdf", d.fileName());
      assertEquals(64, d.sha256().length());
      LoadedPage p = d.pages().get(0);
      assertEquals(0, p.rotation());
      assertFalse(p.glyphs().isEmpty());
      assertEquals(0, p.unmappedGlyphs());
      assertEquals(0.0, p.imageCoverage());
      assertTrue(p.lines().stream().anyMatch(l -> l.text().equals("三、收到和处理政府信息公开申请情况")));
      Glyph g = p.glyphs().get(0);
      assertTrue(g.y() >= 0 && g.y() < p.height() && g.x() >= 0 && g.x() < p.width());
    }
  }

  @Test
  void pageSavedWithRotateIsReadInItsUprightFrame() throws Exception {
    Path source = Path.of(getClass().getResource("/spans.pdf").toURI());
    for (int rotate : new int[] {90, 180, 270}) {
      Path turned = dir.resolve("turned-" + rotate + ".pdf");
      try (PDDocument doc = PDDocument.load(source.toFile())) {
        doc.getPage(0).setRotation(rotate);
        doc.save(turned.toFile());
      }
      try (LoadedDocument d = loader.load(turned)) {
        LoadedPage p = d.pages().get(0);
        assertEquals(rotate, p.rotation());
        assertEquals((360 - rotate) % 360, p.readingRotation(), "turn that reads it upright");
        assertEquals(rotate == 180 ? p.width() : p.height(), p.uprightWidth());
        assertTrue(p.uprightHeight() > p.uprightWidth(), "a portrait page read upright");
        assertTrue(p.lines().stream().anyMatch(l -> l.text().equals("三、收到和处理政府信息公开申请情况")));
        for (Glyph g : p.glyphs()) {
          assertTrue(g.x() >= 0 && g.right() <= p.uprightWidth() + 1
              && g.y() >= 0 && g.bottom() <= p.uprightHeight() + 1, g.toString());
        }
      }
    }
  }

  private Path encrypted(String userPassword, String name) throws Exception {
    Path p = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(p.toFile());
    }
    return p;
  }
}
