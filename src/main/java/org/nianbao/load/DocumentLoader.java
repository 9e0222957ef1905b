package org.nianbao.load;

import java.nio.file.Path;
import org.nianbao.NianbaoException;

/** Opens a PDF for reading. */
public interface DocumentLoader {
  LoadedDocument load(Path pdf) throws NianbaoException;

  /**
   * Opens a PDF encrypted with a user password. Loaders that know no passwords ignore it (an
   * encrypted PDF then fails as without one).
   *
   * @param password the user password, or null for none
   */
  default LoadedDocument load(Path pdf, String password) throws NianbaoException {
    return load(pdf);
  }

  /**
   * As {@link #load(Path, String)}, for a file whose SHA-256 the caller has already: loaders
   * that hash the file take {@code sha256} instead.
   *
   * @param sha256 lower-case hex SHA-256 of the file's bytes, or null to hash them
   */
  default LoadedDocument load(Path pdf, String password, String sha256) throws NianbaoException {
    return load(pdf, password);
  }
}
