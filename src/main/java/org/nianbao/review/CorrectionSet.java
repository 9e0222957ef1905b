package org.nianbao.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.nianbao.NianbaoException;
import org.nianbao.batch.DocumentExtractor;
import org.nianbao.model.Report;

/**
 * The corrections files of a folder (every {@code *.corrections.json} in it) or one file, found
 * for a report by its sha256. A file named for the report ({@code NAME.corrections.json} beside
 * {@code NAME.pdf}) but made on other content is refused rather than ignored: the document
 * changed since it was reviewed.
 */
public final class CorrectionSet {
  private final Map<String, List<Corrections>> bySha = new LinkedHashMap<>();
  private final Map<String, Corrections> byName = new LinkedHashMap<>();

  private CorrectionSet() {}

  /** Reads a corrections file, or every corrections file directly in a folder. */
  public static CorrectionSet load(Path dirOrFile) throws IOException, CorrectionsRefusedException {
    CorrectionSet set = new CorrectionSet();
    List<Path> files;
    if (Files.isDirectory(dirOrFile)) {
      try (Stream<Path> s = Files.list(dirOrFile)) {
        files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
            .endsWith(Corrections.SUFFIX)).sorted().toList();
      }
    } else if (Files.isRegularFile(dirOrFile)) {
      files = List.of(dirOrFile);
    } else {
      throw new NoSuchFileException(dirOrFile.toString(), null, "no corrections file or folder");
    }
    for (Path f : files) {
      Corrections c = Corrections.read(f);
      set.bySha.computeIfAbsent(c.sha256().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
      String name = f.getFileName().toString();
      set.byName.put(stem(name.substring(0, name.length() - Corrections.SUFFIX.length())), c);
    }
    return set;
  }

  public boolean isEmpty() {
    return bySha.isEmpty();
  }

  /** Every file read, by sha256 of the document it was made on. */
  public Map<String, List<Corrections>> bySha256() {
    return bySha;
  }

  /**
   * The report with the corrections made on its document applied (unchanged when there are
   * none). Refused when a file named for the document was made on other content.
   */
  public Report applyTo(Report report) throws CorrectionsRefusedException {
    List<Corrections> found = bySha.get(report.source().sha256().toLowerCase(Locale.ROOT));
    if (found == null) {
      String file = report.source().file();
      Corrections named = file == null ? null
          : byName.get(stem(file.replaceFirst("(?i)\\.pdf$", "")));
      if (named != null) {
        return named.applyTo(report); // refuses: its sha256 is another document's
      }
      return report;
    }
    List<Corrections.Correction> all = new ArrayList<>();
    found.forEach(c -> all.addAll(c.corrections()));
    return new Corrections(found.get(0).file(), found.get(0).sha256(), all).applyTo(report);
  }

  /** An extractor whose reports have these corrections applied. */
  public DocumentExtractor wrap(DocumentExtractor extractor) {
    return new DocumentExtractor() {
      @Override
      public Report extract(Path pdf) throws NianbaoException {
        return applyTo(extractor.extract(pdf));
      }

      @Override
      public Report extract(Path pdf, String fileName) throws NianbaoException {
        // named as the input, so a corrections file named for it is found even from a copy
        return applyTo(extractor.extract(pdf, fileName));
      }

      @Override
      public Report extract(Path pdf, String fileName, org.nianbao.Options.PageListener pages)
          throws NianbaoException {
        return applyTo(extractor.extract(pdf, fileName, pages));
      }

      @Override
      public Report extract(Path pdf, String fileName, String sha256,
          org.nianbao.Options.PageListener pages) throws NianbaoException {
        return applyTo(extractor.extract(pdf, fileName, sha256, pages));
      }
    };
  }

  private static String stem(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
