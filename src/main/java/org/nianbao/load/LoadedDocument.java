package org.nianbao.load;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** An opened PDF; pages read their content lazily. Close it to release PDFBox resources. */
public final class LoadedDocument implements Closeable {
  private final String fileName;
  private final String sha256;
  private final PDDocument pdf;
  private final List<LoadedPage> pages;

  LoadedDocument(String fileName, String sha256, PDDocument pdf) {
    this.fileName = fileName;
    this.sha256 = sha256;
    this.pdf = pdf;
    List<LoadedPage> list = new ArrayList<>();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      list.add(new LoadedPage(pdf, i));
    }
    this.pages = Collections.unmodifiableList(list);
  }

  public String fileName() {
    return fileName;
  }

  /** Lower-case hex SHA-256 of the file bytes. */
  public String sha256() {
    return sha256;
  }

  public int pageCount() {
    return pages.size();
  }

  public List<LoadedPage> pages() {
    return pages;
  }

  public PDDocument pdf() {
    return pdf;
  }

  @Override
  public void close() throws IOException {
    try {
      for (LoadedPage p : pages) {
        p.closeUpright();
      }
    } finally {
      pdf.close();
    }
  }
}
