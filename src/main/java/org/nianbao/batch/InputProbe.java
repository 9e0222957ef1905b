package org.nianbao.batch;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nianbao.ErrorCode;

/**
 * Classifies a file cheaply (a few KB read from each end) before full extraction, so a batch
 * reports the right code for obvious junk even when the extractor is a fake. The real loader
 * still does the authoritative checks: a file that passes here may fail there.
 */
public final class InputProbe {

  /** PDF readers accept junk before the header; Acrobat looks in the first 1024 bytes. */
  static final int HEADER_WINDOW = 1024;
  /** Where {@code %%EOF} must appear; wider than Acrobat's 1024 to tolerate trailing junk. */
  static final int TRAILER_WINDOW = 4096;

  /**
   * What the probe found.
   *
   * @param rejection a definitive error (NOT_FOUND, EMPTY_FILE, NOT_PDF, CORRUPT_PDF), or null
   * @param message why, for the manifest; null when not rejected
   * @param suspicion a code to report if the extractor fails without a typed error (e.g.
   *     ENCRYPTED when the trailer names an /Encrypt dictionary), or null. Not a rejection:
   *     PDFs with only an owner password open fine.
   */
  public record Result(long size, ErrorCode rejection, String message, ErrorCode suspicion) {
    public boolean rejected() {
      return rejection != null;
    }
  }

  private InputProbe() {}

  public static Result probe(Path file) {
    if (!Files.isRegularFile(file)) {
      return reject(0, ErrorCode.NOT_FOUND, "no such file: " + file);
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long size = raf.length();
      if (size == 0) {
        return reject(0, ErrorCode.EMPTY_FILE, "file has 0 bytes");
      }
      byte[] head = new byte[(int) Math.min(size, HEADER_WINDOW)];
      raf.readFully(head);
      if (indexOf(head, "%PDF-") < 0) {
        return reject(size, ErrorCode.NOT_PDF, describeNonPdf(head));
      }
      int tailLen = (int) Math.min(size, TRAILER_WINDOW);
      byte[] tail = new byte[tailLen];
      raf.seek(size - tailLen);
      raf.readFully(tail);
      if (indexOf(tail, "%%EOF") < 0) {
        return reject(size, ErrorCode.CORRUPT_PDF,
            "no %%EOF in the last " + tailLen + " bytes: truncated download?");
      }
      ErrorCode suspicion = indexOf(tail, "/Encrypt") >= 0 ? ErrorCode.ENCRYPTED : null;
      return new Result(size, null, null, suspicion);
    } catch (IOException e) {
      return reject(0, ErrorCode.IO_ERROR, "cannot read: " + e.getMessage());
    }
  }

  private static Result reject(long size, ErrorCode code, String message) {
    return new Result(size, code, message, null);
  }

  private static String describeNonPdf(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (text.contains("<html") || text.contains("<!doctype") || text.contains("<head")
        || text.contains("<body")) {
      return "an HTML page saved as .pdf (error or login page?)";
    }
    if (text.startsWith("pk\u0003\u0004")) {
      return "a ZIP archive (OFD, DOCX or WPS?) saved as .pdf";
    }
    if (text.startsWith("\u00d0\u00cf\u0011\u00e0")) {
      return "an OLE document (DOC or WPS?) saved as .pdf";
    }
    return "no %PDF- header in the first " + head.length + " bytes";
  }

  static int indexOf(byte[] hay, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + n.length <= hay.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (hay[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
