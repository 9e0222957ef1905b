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
}
