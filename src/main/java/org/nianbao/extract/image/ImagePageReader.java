package org.nianbao.extract.image;

import java.io.IOException;
import org.nianbao.Options;
import org.nianbao.extract.PageReading;
import org.nianbao.load.LoadedPage;

/**
 * Reads a page from its image: orientation, deskew, line grid, OCR. Two steps so that OCR can
 * run on several pages at once while the PDF itself is touched by one thread only.
 */
public interface ImagePageReader extends AutoCloseable {

  /** Takes the page image out of the PDF. Runs on the document's thread (PDFBox is not thread-safe). */
  PageImage prepare(LoadedPage page, Options options) throws IOException;

  /** Reads a prepared page. Safe to call from several threads at once. */
  PageReading read(PageImage image, Options options);

  /**
   * Reads a prepared page whose top table may continue a table of the page before, cut on that
   * table's columns ({@link ColumnHint}) when its own text does not fix them.
   */
  default PageReading read(PageImage image, Options options, ColumnHint continued) {
    return read(image, options);
  }

  /** Releases native resources (OCR engines); the reader may not be used afterwards. */
  @Override
  default void close() {}
}
