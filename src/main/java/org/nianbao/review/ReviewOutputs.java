package org.nianbao.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nianbao.batch.DocumentStatus;
import org.nianbao.batch.Manifest;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.SummaryCsv;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;

/**
 * What the review tools do to a batch output folder once the batch has run: corrections applied
 * to every report of the run (also those an earlier run extracted and this one skipped), and a
 * review page written beside each report.
 */
public final class ReviewOutputs {
  private ReviewOutputs() {}

  /**
   * Applies the corrections to the outputs of {@code inputs} in {@code outDir} where they change
   * the report (applying again changes nothing), then writes summary.csv again. Returns how many
   * were refused; each refusal is one line on {@code err}.
   */
  public static int applyCorrections(Path outDir, List<Path> inputs, CorrectionSet set,
      PrintWriter err) throws IOException {
    int refused = 0;
    boolean changed = false;
    for (Map.Entry<Path, Path> e : outputs(outDir, inputs).entrySet()) {
      try {
        changed |= applyInPlace(e.getValue(), set);
      } catch (CorrectionsRefusedException x) {
        refused++;
        err.println("nianbao: " + e.getKey() + ": " + x.code() + ": " + x.getMessage());
      }
    }
    if (changed) {
      SummaryCsv.write(outDir); // its failed-check counts follow the corrected reports
    }
    return refused;
  }

  /** Applies the set to one report JSON, rewriting it only when that changes it. */
  public static boolean applyInPlace(Path json, CorrectionSet set)
      throws IOException, CorrectionsRefusedException {
    Report before = ReportReader.read(json);
    Report after = set.applyTo(before);
    if (ReportJson.toTree(after).equals(ReportJson.toTree(before))) {
      return false;
    }
    AtomicFiles.write(json, out -> ReportJson.write(after, out));
    return true;
  }

  /**
   * Writes {@code NAME.review.html} beside each output {@code NAME.json} of {@code inputs}
   * (kept when newer than both the report and the PDF). Returns how many could not be written.
   */
  public static int writePages(Path outDir, List<Path> inputs, ReviewPage page, PrintWriter err)
      throws IOException {
    int failed = 0;
    for (Map.Entry<Path, Path> e : outputs(outDir, inputs).entrySet()) {
      Path pdf = e.getKey();
      Path json = e.getValue();
      Path html = ReviewPage.beside(json);
      try {
        if (Files.exists(html)
            && Files.getLastModifiedTime(html).compareTo(Files.getLastModifiedTime(json)) > 0
            && Files.getLastModifiedTime(html).compareTo(Files.getLastModifiedTime(pdf)) > 0) {
          continue;
        }
        page.write(ReportReader.read(json), pdf, html);
      } catch (IOException | RuntimeException x) {
        failed++;
        err.println("nianbao: " + pdf + ": review page not written: " + x.getMessage());
      }
    }
    return failed;
  }

  /** Input PDF → its report JSON, for the inputs that have their own output in the manifest. */
  static Map<Path, Path> outputs(Path outDir, List<Path> inputs) throws IOException {
    Map<String, ManifestEntry> latest = Manifest.readLatest(outDir);
    Map<Path, Path> out = new java.util.LinkedHashMap<>();
    for (Path in : inputs) {
      Path abs = in.toAbsolutePath().normalize();
      ManifestEntry e = latest.get(abs.toString());
      if (e == null || e.output() == null || e.status() == DocumentStatus.FAILED
          || e.status() == DocumentStatus.DUPLICATE) {
        continue;
      }
      Path json = outDir.resolve(e.output());
      if (Files.isRegularFile(json)) {
        out.put(abs, json);
      }
    }
    return out;
  }
}
