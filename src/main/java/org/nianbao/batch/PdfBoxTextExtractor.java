package org.nianbao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nianbao.CorruptPdfException;
import org.nianbao.EncryptedDocumentException;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;
import org.nianbao.model.Data;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.Report;
import org.nianbao.model.ReportInfo;
import org.nianbao.model.SourceInfo;
import org.nianbao.model.TextSource;
import org.nianbao.model.Warning;

/**
 * A stand-in extractor until the real pipeline is wired in: loads the PDF with PDFBox, enforces
 * the page limit, strips each page's text and reports pages only (no tables, no data). It
 * exercises the expensive, failure-prone part of real extraction (parsing arbitrary bytes), so
 * the robustness tests and {@code scripts/bench-batch} use it.
 */
public final class PdfBoxTextExtractor implements DocumentExtractor {

  private final int maxPages;

  /** @param maxPages page limit, 0 for none */
  public PdfBoxTextExtractor(int maxPages) {
    this.maxPages = maxPages;
  }

  @Override
  public Report extract(Path pdf) throws NianbaoException {
    PDDocument doc;
    try {
      doc = PDDocument.load(pdf.toFile(), MemoryUsageSetting.setupMixed(64L << 20,
          org.nianbao.load.PageLimits.MAX_DECODED_BYTES));
      try {
        org.nianbao.load.PageTrees.repair(doc);
      } catch (CorruptPdfException | RuntimeException e) {
        doc.close();
        throw e;
      }
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException("needs a password to open", e);
    } catch (IOException e) {
      throw new CorruptPdfException("PDFBox cannot parse it: " + e.getMessage(), e);
    } catch (CorruptPdfException e) {
      throw e;
    } catch (RuntimeException e) {
      // PDFBox answers some garbage with unchecked exceptions; it is still a broken input.
      throw new CorruptPdfException("PDFBox failed parsing it: " + e, e);
    }
    try (doc) {
      int n = doc.getNumberOfPages();
      if (maxPages > 0 && n > maxPages) {
        throw new NianbaoException(ErrorCode.TOO_MANY_PAGES, n + " pages, limit " + maxPages);
      }
      List<PageInfo> pages = new ArrayList<>();
      List<Warning> warnings = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= n; i++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new NianbaoException(ErrorCode.TIMEOUT, "interrupted at page " + i);
        }
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        boolean blank = stripper.getText(doc).isBlank();
        if (blank) {
          warnings.add(new Warning("NO_TEXT_LAYER", i, "page has no text layer"));
        }
        pages.add(new PageInfo(i, blank ? PageKind.BLANK : PageKind.NARRATIVE,
            TextSource.TEXT_LAYER, 0, 0.0));
      }
      String name = pdf.getFileName().toString();
      return new Report(Report.SCHEMA_VERSION, new SourceInfo(name, FileHash.sha256(pdf), n),
          ReportInfo.empty(), pages, List.of(), List.of(), Data.empty(), Map.of(), List.of(),
          warnings, Map.of());
    } catch (IOException e) {
      throw new CorruptPdfException("PDFBox cannot read its content: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new CorruptPdfException("PDFBox failed reading its content: " + e, e);
    }
  }
}
