package org.nianbao.batch;

import java.nio.file.Path;
import org.nianbao.NianbaoException;
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
}
