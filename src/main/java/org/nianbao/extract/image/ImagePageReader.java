package org.nianbao.extract.image;

import java.util.List;
import org.nianbao.Options;
import org.nianbao.extract.PageReading;
import org.nianbao.load.LoadedPage;
import org.nianbao.model.Warning;

/** Reads a page from its image: orientation, deskew, line grid, OCR. */
public interface ImagePageReader {
  PageReading read(LoadedPage page, Options options, List<Warning> warnings);
}
