package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.nianbao.model.Report;
import org.nianbao.pipeline.DefaultStages;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.pipeline.Stages;

/**
 * The library entry point: one call from a PDF to the canonical report model.
 *
 * <pre>{@code
 * Report r = Nianbao.extract(Path.of("report.pdf"));
 * Report s = Nianbao.extract(Path.of("scan.pdf"),
 *     Options.builder().ocrStrategy(Options.OcrStrategy.OCR_ONLY).build());
 * }</pre>
 *
 * <p>For custom parts build a {@link Nianbao} instance with {@link #with(Stages, Options)}.
 * Instances are safe to share between threads. An instance owns native resources (Tesseract
 * engines, pooled per instance): a long-lived host closes it when done ({@code
 * try (Nianbao n = Nianbao.create(options)) {…}}); the static {@code extract} methods use one
 * shared instance that lives as long as the process.
 *
 * <p>Options are of two kinds. Set-up options choose how the built-in stages are made: {@link
 * Options#ocrLanguage}, {@link Options#tessdata}, {@link Options#tableMethod}, {@link
 * Options#templates} and whether OCR is on at all ({@link Options.OcrStrategy#NO_OCR}). Per-call
 * options are read on every run: the OCR strategy, {@link Options#ocrDpi}, {@link
 * Options#maxPages}, {@link Options#timeout}, {@link Options#password}, {@link
 * Options#pageListener}. A per-call
 * override ({@link #extractFile(Path, Options)}) honours both: when its set-up options differ from
 * the instance's, stages are built for them once and kept (closed with the instance). An instance
 * made {@link #with} custom stages has no built-in stages to rebuild; there a per-call override's
 * set-up options must equal the instance's, or the call fails with {@link IllegalArgumentException}
 * rather than silently ignoring them.
 */
public final class Nianbao implements AutoCloseable {

  private static volatile Nianbao defaultInstance;

  private final Options options;
  /** Stage sets by set-up options; the custom ones of {@link #with} under the instance's key. */
  private final java.util.concurrent.ConcurrentHashMap<SetupKey, Pipeline> pipelines =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.List<Stages> owned = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final boolean builtIn;
  private volatile boolean closed;

  private Nianbao(Stages stages, Options options, boolean builtIn) {
    this.options = Objects.requireNonNull(options);
    this.builtIn = builtIn;
    owned.add(stages);
    pipelines.put(SetupKey.of(options), new Pipeline(stages));
  }

  /**
   * A builder: {@code try (Nianbao n = Nianbao.builder().templates(dir).build()) {…}}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an instance: its default options (set-up ones decide the stages built first) and,
   * optionally, custom stages.
   */
  public static final class Builder {
    private Options.Builder options = Options.builder();
    private Stages stages;

    private Builder() {}

    /** Starts from these options (later setters override single ones). */
    public Builder options(Options v) {
      this.options = Objects.requireNonNull(v, "options").toBuilder();
      return this;
    }

    public Builder ocrStrategy(Options.OcrStrategy v) {
      options.ocrStrategy(v);
      return this;
    }

    public Builder tableMethod(Options.TableMethod v) {
      options.tableMethod(v);
      return this;
    }

    public Builder tessdata(Path v) {
      options.tessdata(v);
      return this;
    }

    /** A folder of local template variants (see {@link Options#templates}). */
    public Builder templates(Path v) {
      options.templates(v);
      return this;
    }

    /** Custom stages instead of the built-in ones (closed with the instance). */
    public Builder stages(Stages v) {
      this.stages = v;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the template folder cannot be used (the message
     *     names the file)
     */
    public Nianbao build() {
      Options o = options.build();
      return stages == null ? create(o) : with(stages, o);
    }
  }

  /** An instance with the built-in stages and the given default options. */
  public static Nianbao create(Options options) {
    return new Nianbao(DefaultStages.create(options), options, true);
  }

  /** An instance with custom stages, which it closes when it is closed. */
  public static Nianbao with(Stages stages, Options options) {
    return new Nianbao(stages, options, false);
  }

  /** The options that decide how the built-in stages are made. */
  private record SetupKey(String ocrLanguage, java.util.Optional<Path> tessdata,
      Options.TableMethod tableMethod, boolean ocrOn, java.util.Optional<Path> templates) {
    static SetupKey of(Options o) {
      return new SetupKey(o.ocrLanguage(), o.tessdata(), o.tableMethod(),
          o.ocrStrategy() != Options.OcrStrategy.NO_OCR, o.templates());
    }
  }

  private Pipeline pipelineFor(Options o) {
    if (closed) {
      throw new IllegalStateException("this Nianbao instance is closed");
    }
    SetupKey key = SetupKey.of(o);
    Pipeline p = pipelines.get(key);
    if (p != null) {
      return p;
    }
    if (!builtIn) {
      throw new IllegalArgumentException("per-call options " + o + " change set-up options of an"
          + " instance with custom stages (made with " + options + "); build another instance");
    }
    return pipelines.computeIfAbsent(key, k -> {
      Stages s = DefaultStages.create(o);
      owned.add(s);
      return new Pipeline(s);
    });
  }

  /** Releases the OCR engines of every stage set this instance made or was given. */
  @Override
  public void close() {
    closed = true;
    for (Stages s : owned) {
      s.close();
    }
    owned.clear();
    pipelines.clear();
  }

  public static Report extract(Path pdf) throws NianbaoException {
    return shared().extractFile(pdf);
  }

  public static Report extract(Path pdf, Options options) throws NianbaoException {
    return shared().extractFile(pdf, options);
  }

  /**
   * Extracts from a stream (copied to a temporary file first: PDF parsing needs random access).
   *
   * @param fileName the name reported in {@code source.file}
   */
  public static Report extract(InputStream in, String fileName, Options options)
      throws NianbaoException {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("nianbao-", ".pdf");
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return shared().pipelineFor(options).run(tmp, options, fileName);
    } catch (IOException e) {
      throw new NianbaoException(ErrorCode.IO_ERROR, "cannot read input stream: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a leftover temp file is harmless
        }
      }
    }
  }

  /** Extracts with this instance's options. */
  public Report extractFile(Path pdf) throws NianbaoException {
    return pipelineFor(options).run(pdf, options, pdf.getFileName().toString());
  }

  /** Extracts with a per-call override of this instance's options (set-up options included). */
  public Report extractFile(Path pdf, Options override) throws NianbaoException {
    return pipelineFor(override).run(pdf, override, pdf.getFileName().toString());
  }

  public Options options() {
    return options;
  }

  private static Nianbao shared() {
    Nianbao n = defaultInstance;
    if (n == null) {
      synchronized (Nianbao.class) {
        n = defaultInstance;
        if (n == null) {
          n = create(Options.defaults());
          defaultInstance = n;
        }
      }
    }
    return n;
  }

  /** The toolkit version from the jar manifest, or "dev" when run from classes. */
  public static String version() {
    String v = Nianbao.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
