package org.nianbao;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable extraction options. Build with {@link #builder()}; derive a per-call override with
 * {@link #toBuilder()}. Setters validate eagerly so a bad value fails where it is set.
 */
public final class Options {

  /** When to OCR a page (the names follow Apache Tika's PDF parser). */
  public enum OcrStrategy {
    /** OCR pages whose text layer is missing or garbage; never a page with a good text layer. */
    AUTO,
    /** Never OCR: image-only pages yield no text and a warning. */
    NO_OCR,
    /** OCR every page, ignoring the text layer. */
    OCR_ONLY
  }

  /** How tables are found on text-layer pages. */
  public enum TableMethod {
    /** Lattice (ruling lines) where the page has rulings, stream (text alignment) elsewhere. */
    AUTO,
    LATTICE,
    STREAM
  }

  private static final Options DEFAULTS = builder().build();

  private final OcrStrategy ocrStrategy;
  private final TableMethod tableMethod;
  private final String ocrLanguage;
  private final int ocrDpi;
  private final Path tessdata;
  private final int maxPages;
  private final Duration timeout;
  private final String password;
  private final Path templates;
  private final PageListener pageListener;
  private final String sourceSha256;

  private Options(Builder b) {
    this.ocrStrategy = b.ocrStrategy;
    this.tableMethod = b.tableMethod;
    this.ocrLanguage = b.ocrLanguage;
    this.ocrDpi = b.ocrDpi;
    this.tessdata = b.tessdata;
    this.maxPages = b.maxPages;
    this.timeout = b.timeout;
    this.password = b.password;
    this.templates = b.templates;
    this.pageListener = b.pageListener;
    this.sourceSha256 = b.sourceSha256;
  }

  public static Options defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.ocrStrategy = ocrStrategy;
    b.tableMethod = tableMethod;
    b.ocrLanguage = ocrLanguage;
    b.ocrDpi = ocrDpi;
    b.tessdata = tessdata;
    b.maxPages = maxPages;
    b.timeout = timeout;
    b.password = password;
    b.templates = templates;
    b.pageListener = pageListener;
    b.sourceSha256 = sourceSha256;
    return b;
  }

  public OcrStrategy ocrStrategy() {
    return ocrStrategy;
  }

  public TableMethod tableMethod() {
    return tableMethod;
  }

  /** Tesseract language for labels and narrative, e.g. {@code chi_sim}. */
  public String ocrLanguage() {
    return ocrLanguage;
  }

  /** Resolution image-only pages are rendered at when they carry no usable embedded image. */
  public int ocrDpi() {
    return ocrDpi;
  }

  /** Tesseract data folder; empty means the engine's default (Debian: /usr/share/tesseract-ocr). */
  public Optional<Path> tessdata() {
    return Optional.ofNullable(tessdata);
  }

  /** Page limit per document; 0 means no limit. */
  public int maxPages() {
    return maxPages;
  }

  /** Time limit per document; {@link Duration#ZERO} means no limit. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The user password of an encrypted PDF; empty opens PDFs with no password or only an owner
   * password. A missing or wrong password fails the document with {@code ENCRYPTED}.
   */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /**
   * A folder of template definition files in the format of {@code models/templates} (any of
   * {@code index.json}, {@code gb2021.json}, …) read instead of the shipped files of the same
   * name; files it lacks come from the jar. Empty means the shipped templates only.
   */
  public Optional<Path> templates() {
    return Optional.ofNullable(templates);
  }

  /** Told of each page as it is read; {@link PageListener#NONE} by default. */
  public PageListener pageListener() {
    return pageListener;
  }

  /**
   * The SHA-256 (lower-case hex) of the input's bytes when the caller has it already, as a batch
   * does (it hashes every input to plan the run): the report's {@code source.sha256} is this
   * and the file is not read a second time to hash it. Empty: the loader hashes the file.
   */
  public Optional<String> sourceSha256() {
    return Optional.ofNullable(sourceSha256);
  }

  /**
   * Called as the pages of a document are read (for progress display). Called from the
   * extracting thread; must be quick and must not throw.
   */
  @FunctionalInterface
  public interface PageListener {
    /** Ignores every page. */
    PageListener NONE = (page, pageCount) -> {};

    /** Page {@code page} (1-based) of {@code pageCount} has been read. */
    void pageRead(int page, int pageCount);
  }

  @Override
  public String toString() {
    // the password is never shown
    return "Options[ocr=" + ocrStrategy + ", tables=" + tableMethod + ", lang=" + ocrLanguage
        + ", dpi=" + ocrDpi + ", maxPages=" + maxPages + ", timeout=" + timeout
        + (password != null ? ", password=***" : "")
        + (templates != null ? ", templates=" + templates : "") + "]";
  }

  /** Mutable builder; {@link #build()} gives an immutable {@link Options}. */
  public static final class Builder {
    private OcrStrategy ocrStrategy = OcrStrategy.AUTO;
    private TableMethod tableMethod = TableMethod.AUTO;
    private String ocrLanguage = "chi_sim";
    private int ocrDpi = 300;
    private Path tessdata;
    private int maxPages = 0;
    private Duration timeout = Duration.ZERO;
    private String password;
    private Path templates;
    private PageListener pageListener = PageListener.NONE;
    private String sourceSha256;

    private Builder() {}

    public Builder ocrStrategy(OcrStrategy v) {
      this.ocrStrategy = Objects.requireNonNull(v, "ocrStrategy");
      return this;
    }

    public Builder tableMethod(TableMethod v) {
      this.tableMethod = Objects.requireNonNull(v, "tableMethod");
      return this;
    }

    public Builder ocrLanguage(String v) {
      if (v == null || !v.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
        throw new IllegalArgumentException("ocrLanguage must look like chi_sim or chi_sim+eng: " + v);
      }
      this.ocrLanguage = v;
      return this;
    }

    public Builder ocrDpi(int v) {
      if (v < 72 || v > 600) {
        throw new IllegalArgumentException("ocrDpi must be within 72..600: " + v);
      }
      this.ocrDpi = v;
      return this;
    }

    public Builder tessdata(Path v) {
      this.tessdata = v;
      return this;
    }

    public Builder maxPages(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("maxPages must be >= 0: " + v);
      }
      this.maxPages = v;
      return this;
    }

    public Builder timeout(Duration v) {
      Objects.requireNonNull(v, "timeout");
      if (v.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative: " + v);
      }
      this.timeout = v;
      return this;
    }

    /** User password for encrypted PDFs; null or empty for none. */
    public Builder password(String v) {
      this.password = v == null || v.isEmpty() ? null : v;
      return this;
    }

    /**
     * A folder of template definition files overriding the shipped ones (null for none). It is
     * read when stages are built for these options: a file that cannot be read or understood
     * fails that build with an {@link IllegalArgumentException} naming the file.
     */
    public Builder templates(Path v) {
      this.templates = v;
      return this;
    }

    public Builder pageListener(PageListener v) {
      this.pageListener = Objects.requireNonNull(v, "pageListener");
      return this;
    }

    /** See {@link Options#sourceSha256()}; null for none. */
    public Builder sourceSha256(String v) {
      if (v != null && !v.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("sourceSha256 must be 64 lower-case hex digits: " + v);
      }
      this.sourceSha256 = v;
      return this;
    }

    public Options build() {
      return new Options(this);
    }
  }
}
