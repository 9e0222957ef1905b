package org.nianbao.batch;

import java.io.IOException;
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
  /** Where {@code %%EOF} is looked for first; wider than Acrobat's 1024. */
  static final int TRAILER_WINDOW = 4096;
  /** Bytes read at a time when looking further back for the last {@code %%EOF}. */
  private static final int CHUNK = 1 << 16;

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
    try (Reader raf = new Reader(java.nio.channels.FileChannel.open(file))) {
      long size = raf.length();
      if (size == 0) {
        return reject(0, ErrorCode.EMPTY_FILE, "file has 0 bytes");
      }
      byte[] head = new byte[(int) Math.min(size, HEADER_WINDOW)];
      raf.readFully(head);
      if (org.nianbao.load.ImageInputs.kind(head, head.length) != null) {
        return new Result(size, null, null, null); // a scan as an image: the loader reads it
      }
      if (indexOf(head, "%PDF-") < 0) {
        return reject(size, ErrorCode.NOT_PDF, describeNonPdf(head));
      }
      int tailLen = (int) Math.min(size, TRAILER_WINDOW);
      byte[] tail = new byte[tailLen];
      raf.seek(size - tailLen);
      raf.readFully(tail);
      // Bytes after the end marker (a portal's HTML footer, padding) are common and readers
      // ignore them; but a download cut off after an early %%EOF (linearised files,
      // incremental updates) ends in objects. So: find the last %%EOF, look at what follows.
      int inTail = lastIndexOf(tail, "%%EOF");
      long eof = inTail >= 0 ? size - tailLen + inTail : lastIndexOf(raf, size, "%%EOF");
      if (eof < 0) {
        return reject(size, ErrorCode.CORRUPT_PDF, "no %%EOF: truncated download?");
      }
      if (objectsAfter(raf, eof + 5, size)) {
        return reject(size, ErrorCode.CORRUPT_PDF, "PDF objects after the last %%EOF (at byte "
            + eof + " of " + size + "): truncated download?");
      }
      if (inTail < 0) {
        raf.seek(Math.max(0, eof + 5 - tailLen));
        raf.readFully(tail, 0, (int) Math.min(tailLen, eof + 5));
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

  /** Offset of the last occurrence of an ASCII needle, reading back in chunks; -1 if none. */
  private static long lastIndexOf(Reader raf, long size, String needle)
      throws IOException {
    int overlap = needle.length() - 1;
    byte[] buf = new byte[CHUNK + overlap];
    for (long end = size; end > 0; end -= CHUNK) {
      long start = Math.max(0, end - CHUNK);
      int len = (int) (Math.min(size, end + overlap) - start);
      raf.seek(start);
      raf.readFully(buf, 0, len);
      int at = lastIndexOf(java.util.Arrays.copyOf(buf, len), needle);
      if (at >= 0) {
        return start + at;
      }
    }
    return -1;
  }

  /** Whether the bytes from {@code from} to the end hold PDF object syntax. */
  private static boolean objectsAfter(Reader raf, long from, long size)
      throws IOException {
    byte[] buf = new byte[CHUNK + 16];
    for (long start = from; start < size; start += CHUNK) {
      int len = (int) Math.min(buf.length, size - start);
      raf.seek(start);
      raf.readFully(buf, 0, len);
      byte[] part = java.util.Arrays.copyOf(buf, len);
      if (indexOf(part, "endobj") >= 0 || indexOf(part, "endstream") >= 0
          || indexOf(part, "startxref") >= 0) {
        return true;
      }
    }
    return false;
  }

  static int lastIndexOf(byte[] hay, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = hay.length - n.length; i >= 0; i--) {
      for (int j = 0; j < n.length; j++) {
        if (hay[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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

  /** Seek-and-read over a channel (a path opens whatever bytes its name has). */
  private static final class Reader implements AutoCloseable {
    private final java.nio.channels.FileChannel ch;
    private long pos;

    Reader(java.nio.channels.FileChannel ch) {
      this.ch = ch;
    }

    long length() throws IOException {
      return ch.size();
    }

    void seek(long p) {
      pos = p;
    }

    void readFully(byte[] b) throws IOException {
      readFully(b, 0, b.length);
    }

    void readFully(byte[] b, int off, int len) throws IOException {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b, off, len);
      while (buf.hasRemaining()) {
        int n = ch.read(buf, pos);
        if (n < 0) {
          throw new java.io.EOFException();
        }
        pos += n;
      }
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }
}
