package org.nianbao.batch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Names of inputs as users should see and record them, whatever the JVM's locale and whatever
 * bytes the file system holds.
 *
 * <p>Java decodes file names with the locale's charset ({@code sun.jnu.encoding}, fixed at JVM
 * start): under {@code LANG=C} every Chinese name becomes question marks, and names in GBK
 * bytes (unzipped from Windows archives) do not decode even under UTF-8. A {@link Path} from a
 * directory listing still holds the raw bytes and opens fine through {@code java.nio.file}, and
 * {@link Path#toUri()} percent-encodes exactly those bytes: names are decoded from there, as
 * UTF-8, with each byte that is not UTF-8 written {@code \xHH}. Such a name is stable across
 * locales and distinct for distinct bytes.
 */
public final class InputNames {
  private InputNames() {}

  /** The path's bytes as stored by the file system (from its file URI). */
  static byte[] rawBytes(Path p) {
    String raw;
    try {
      raw = p.toAbsolutePath().toUri().getRawPath();
    } catch (RuntimeException | java.io.IOError e) {
      return p.toString().getBytes(StandardCharsets.UTF_8);
    }
    if (raw.length() > 1 && raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1); // toUri marks directories
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c); // the rest of a file URI's path is ASCII
      }
    }
    return out.toByteArray();
  }

  /** The absolute path as text: UTF-8, undecodable bytes as {@code \xHH}. */
  public static String display(Path p) {
    return decode(rawBytes(p));
  }

  /** The file name part of {@link #display}. */
  public static String fileName(Path p) {
    String d = display(p);
    return d.substring(d.lastIndexOf('/') + 1);
  }

  /**
   * Each '/'-separated part as UTF-8 when it is valid UTF-8; otherwise every non-ASCII byte of
   * that part as {@code \xHH} (GBK pairs would partly pass as UTF-8, giving mixed gibberish).
   */
  static String decode(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length + 16);
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '/') {
        appendPart(sb, bytes, start, i);
        if (i < bytes.length) {
          sb.append('/');
        }
        start = i + 1;
      }
    }
    return sb.toString();
  }

  private static void appendPart(StringBuilder sb, byte[] bytes, int from, int to) {
    try {
      sb.append(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from)));
    } catch (CharacterCodingException e) {
      for (int i = from; i < to; i++) {
        int b = bytes[i] & 0xff;
        if (b < 0x80) {
          sb.append((char) b);
        } else {
          sb.append(String.format("\\x%02X", b));
        }
      }
    }
  }

  /**
   * {@code dir/name} for a file this program names (outputs), as UTF-8 bytes whatever the
   * locale: {@code dir.resolve(name)} fails under {@code LANG=C} for a Chinese name.
   */
  public static Path resolve(Path dir, String name) {
    String base = dir.toAbsolutePath().toUri().toString();
    if (!base.endsWith("/")) {
      base += "/";
    }
    StringBuilder sb = new StringBuilder(base);
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append(String.format("%%%02X", c));
      }
    }
    return Path.of(URI.create(sb.toString()));
  }

  /**
   * A name for one line of output: control characters (a newline in a file name, a NUL from a
   * document) written as {@code \n}, {@code \r}, {@code \t} or {@code \xHH}.
   */
  public static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029';
      if (control && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (!control) {
          sb.append(c);
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\r') {
          sb.append("\\r");
        } else if (c == '\t') {
          sb.append("\\t");
        } else {
          sb.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * A command-line argument as a path. {@code file:} URIs name any bytes ({@code %C4%EA} for a
   * GBK byte pair): {@code scripts/nianbao} passes names that are not UTF-8 that way, since the
   * JVM cannot receive them as text.
   *
   * @throws IllegalArgumentException when the argument names no path
   */
  public static Path argument(String arg) {
    try {
      if (arg.startsWith("file:/")) {
        return Path.of(new URI(arg));
      }
      return Path.of(arg);
    } catch (URISyntaxException | InvalidPathException | FileSystemNotFoundException e) {
      throw new IllegalArgumentException("not a usable path: " + oneLine(arg) + " ("
          + e.getMessage() + "); run through scripts/nianbao, which sets a UTF-8 locale", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a usable path: " + oneLine(arg) + " ("
          + e.getMessage() + ")", e);
    }
  }

}
