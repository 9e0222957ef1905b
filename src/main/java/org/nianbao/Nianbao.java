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
 * <p>For custom parts build a {@link Nianbao} instance with {@link #with(Stages)}. Instances are
 * immutable and safe to share between threads.
 */
public final class Nianbao {

  private static volatile Nianbao defaultInstance;

  private final Pipeline pipeline;
  private final Options options;

  private Nianbao(Stages stages, Options options) {
    this.pipeline = new Pipeline(stages);
    this.options = Objects.requireNonNull(options);
  }

  /** An instance with the built-in stages and the given default options. */
  public static Nianbao create(Options options) {
    return new Nianbao(DefaultStages.create(options), options);
  }

  /** An instance with custom stages. */
  public static Nianbao with(Stages stages, Options options) {
    return new Nianbao(stages, options);
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
      return shared().pipeline.run(tmp, options, fileName);
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
    return pipeline.run(pdf, options, pdf.getFileName().toString());
  }

  /** Extracts with a per-call override of this instance's options. */
  public Report extractFile(Path pdf, Options override) throws NianbaoException {
    return pipeline.run(pdf, override, pdf.getFileName().toString());
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
