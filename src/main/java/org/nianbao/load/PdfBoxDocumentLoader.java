package org.nianbao.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.CorruptPdfException;
import org.nianbao.EmptyFileException;
import org.nianbao.EncryptedDocumentException;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;
import org.nianbao.NotPdfException;

/**
 * Loads with PDFBox 2, typed errors, and mixed main-memory/temp-file buffering so that large
 * bundles do not exhaust the heap. Owner-password-only PDFs open with the empty password, others
 * with the user password given.
 */
public final class PdfBoxDocumentLoader implements DocumentLoader {
  private static final long MAX_MAIN_MEMORY = 64L * 1024 * 1024;
  private static final int HEADER_SCAN = 1024;

  @Override
  public LoadedDocument load(Path pdf) throws NianbaoException {
    return load(pdf, null);
  }

  @Override
  public LoadedDocument load(Path pdf, String password) throws NianbaoException {
    return load(pdf, password, null);
  }

  @Override
  public LoadedDocument load(Path pdf, String password, String knownSha256)
      throws NianbaoException {
    if (!Files.isRegularFile(pdf)) {
      throw new NianbaoException(ErrorCode.NOT_FOUND, "no such file: " + pdf);
    }
    try {
      if (Files.size(pdf) == 0) {
        throw new EmptyFileException("empty file: " + pdf);
      }
      String image = imageKind(pdf);
      if (image == null) {
        checkHeader(pdf);
      }
      String sha = knownSha256 != null ? knownSha256 : sha256(pdf);
      PDDocument doc = image == null ? open(pdf, password) : openImage(pdf, image);
      return new LoadedDocument(pdf.getFileName().toString(), sha, doc);
    } catch (NoSuchFileException e) {
      throw new NianbaoException(ErrorCode.NOT_FOUND, "no such file: " + pdf, e);
    } catch (IOException e) {
      throw new NianbaoException(ErrorCode.IO_ERROR, "cannot read " + pdf + ": " + e, e);
    }
  }

  private static PDDocument open(Path pdf, String password) throws NianbaoException {
    String pw = password == null ? "" : password;
    try {
      // Decoded streams are capped (an inflate bomb fails its page, not the heap or the disk).
      MemoryUsageSetting memory =
          MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY, PageLimits.MAX_DECODED_BYTES);
      PDDocument doc;
      if (pdf.toFile().isFile()) {
        doc = PDDocument.load(pdf.toFile(), pw, memory);
      } else {
        // java.io.File cannot name it (a name the locale does not decode): read it as a stream
        try (InputStream in = Files.newInputStream(pdf)) {
          doc = PDDocument.load(in, pw, memory);
        }
      }
      try {
        PageTrees.repair(doc);
      } catch (CorruptPdfException e) {
        doc.close();
        throw e;
      }
      if (doc.getNumberOfPages() == 0) {
        doc.close();
        throw new CorruptPdfException("no pages: " + pdf);
      }
      doc.setResourceCache(new NoImageResourceCache());
      return doc;
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException((pw.isEmpty() ? "needs a user password: "
          : "wrong user password: ") + pdf, e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new CorruptPdfException("broken PDF " + pdf + ": " + e.getMessage(), e);
    }
  }

  private static String imageKind(Path file) throws IOException {
    byte[] head = new byte[16];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return ImageInputs.kind(head, n);
  }

  /** A scan delivered as an image file: an image-only document of its pages. */
  private static PDDocument openImage(Path file, String kind) throws NianbaoException {
    try {
      PDDocument doc = ImageInputs.toDocument(file, kind);
      doc.setResourceCache(new NoImageResourceCache());
      return doc;
    } catch (IOException | RuntimeException e) {
      throw new CorruptPdfException("unreadable " + kind + " image " + file + ": "
          + e.getMessage(), e);
    }
  }

  /** A PDF starts with %PDF- within its first bytes (some writers put junk before it). */
  private static void checkHeader(Path pdf) throws IOException, NotPdfException {
    byte[] head = new byte[HEADER_SCAN];
    int n;
    try (InputStream in = Files.newInputStream(pdf)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!s.contains("%PDF-")) {
      throw new NotPdfException("not a PDF (no %PDF header): " + pdf);
    }
  }

  private static String sha256(Path pdf) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(pdf), md)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
