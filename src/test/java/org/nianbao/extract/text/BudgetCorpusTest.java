package org.nianbao.extract.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.load.LoadedDocument;
import org.nianbao.load.LoadedPage;
import org.nianbao.load.PdfBoxDocumentLoader;
import org.nianbao.model.Table;

/** Real born-digital budget PDFs (ONLYOFFICE): no crash, plausible tables, joins happen. */
class BudgetCorpusTest {
  private static final Path CORPUS = org.nianbao.SharedCorpus.resolve("corpus/budget-pdfs");

  @Test
  void extractsAndJoinsTablesOnRealPdfs() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(CORPUS)) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    for (Path pdf : pdfs) {
      try (LoadedDocument doc = new PdfBoxDocumentLoader().load(pdf)) {
        List<Table> perPage = new ArrayList<>();
        for (LoadedPage p : doc.pages()) {
          perPage.addAll(new TabulaTableExtractor().extract(p));
        }
        List<Table> joined = new TableJoiner().join(perPage, doc.pages());
        assertTrue(perPage.size() >= 10, pdf + ": " + perPage.size() + " page tables");
        assertTrue(joined.size() >= 8 && joined.size() < perPage.size(), pdf + ": " + joined.size());
        assertTrue(joined.stream().anyMatch(t -> t.pages().size() > 1), pdf + ": nothing joined");
        for (Table t : joined) {
          assertTrue(t.rowCount() >= 1 && t.columnCount() >= 2, t.id() + " " + t.pages());
          assertTrue(t.cells().stream().anyMatch(c -> !c.text().isBlank()), t.id() + " empty");
        }
      }
    }
  }
}
