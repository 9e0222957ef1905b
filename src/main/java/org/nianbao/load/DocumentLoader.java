package org.nianbao.load;

import java.nio.file.Path;
import org.nianbao.NianbaoException;

/** Opens a PDF for reading. */
public interface DocumentLoader {
  LoadedDocument load(Path pdf) throws NianbaoException;
}
