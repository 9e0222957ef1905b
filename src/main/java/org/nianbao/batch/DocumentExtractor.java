package org.nianbao.batch;

import java.nio.file.Path;
import org.nianbao.NianbaoException;
import org.nianbao.model.Report;

/**
 * Turns one PDF into a report. The batch runner only needs this; plug in the real pipeline with
 * {@code Nianbao.create(options)::extractFile}. Implementations must be safe to call from several
 * threads at once. Anything thrown other than {@link NianbaoException} is recorded as INTERNAL.
 */
@FunctionalInterface
public interface DocumentExtractor {
  Report extract(Path pdf) throws NianbaoException;
}
