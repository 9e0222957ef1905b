package org.nianbao.batch;

import java.nio.file.Path;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.model.Report;

/**
 * Turns one PDF into a report. The batch runner only needs this; plug in the real pipeline with
 * {@code Nianbao.create(options)::extractFile}. Implementations must be safe to call from several
 * threads at once. Anything thrown other than {@link NianbaoException} is recorded as INTERNAL.
 *
 * <p>The batch runner passes a private copy of each input (a temp name in the output folder),
 * and sets the report's {@code source} (file name, sha256) itself: an extractor must not rely on
 * the file name it is given.
 */
@FunctionalInterface
public interface DocumentExtractor {
  Report extract(Path pdf) throws NianbaoException;

  /**
   * Extracts {@code pdf}, a private copy of the input named {@code fileName}; the report names
   * {@code fileName} as its source. Extractors that look at the input's own name (corrections
   * files named for the document) override this.
   */
  default Report extract(Path pdf, String fileName) throws NianbaoException {
    return extract(pdf).withSourceFile(fileName);
  }

  /**
   * As {@link #extract(Path, String)}, telling {@code pages} of each page read (the batch's
   * progress bar moves with it). Extractors that cannot tell ignore it.
   */
  default Report extract(Path pdf, String fileName, Options.PageListener pages)
      throws NianbaoException {
    return extract(pdf, fileName);
  }

  /**
   * The library's extractor: {@code nianbao}'s own options, with a page listener per call so a
   * batch shows progress page by page.
   */
  static DocumentExtractor of(Nianbao nianbao) {
    return new DocumentExtractor() {
      @Override
      public Report extract(Path pdf) throws NianbaoException {
        return nianbao.extractFile(pdf);
      }

      @Override
      public Report extract(Path pdf, String fileName, Options.PageListener pages)
          throws NianbaoException {
        return extract(pdf, fileName, null, pages);
      }

      @Override
      public Report extract(Path pdf, String fileName, String sha256, Options.PageListener pages)
          throws NianbaoException {
        return nianbao.extractFile(pdf, nianbao.options().toBuilder().pageListener(pages)
            .sourceSha256(sha256).build()).withSourceFile(fileName);
      }
    };
  }

  /**
   * As {@link #extract(Path, String, Options.PageListener)}, for a copy whose SHA-256 the batch
   * has already: extractors that would hash the file again take {@code sha256} instead.
   */
  default Report extract(Path pdf, String fileName, String sha256, Options.PageListener pages)
      throws NianbaoException {
    return extract(pdf, fileName, pages);
  }

  /** This extractor with every call's pages told to {@code pages}. */
  default DocumentExtractor withPages(Options.PageListener pages) {
    DocumentExtractor inner = this;
    return new DocumentExtractor() {
      @Override
      public Report extract(Path pdf) throws NianbaoException {
        return inner.extract(pdf);
      }

      @Override
      public Report extract(Path pdf, String fileName) throws NianbaoException {
        return inner.extract(pdf, fileName, pages);
      }

      @Override
      public Report extract(Path pdf, String fileName, String sha256, Options.PageListener none)
          throws NianbaoException {
        return inner.extract(pdf, fileName, sha256, pages);
      }
    };
  }
}
