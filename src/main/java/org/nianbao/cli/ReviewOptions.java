package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.NianbaoException;
import org.nianbao.batch.DocumentExtractor;
import org.nianbao.model.Report;
import org.nianbao.review.CorrectionSet;
import org.nianbao.review.ReviewOutputs;
import org.nianbao.review.ReviewPage;
import picocli.CommandLine.Option;

/**
 * The review options of {@code extract} (a mixin, so the extract command only wires them):
 * reviewers' corrections applied to every report, and a review page beside each output.
 */
final class ReviewOptions {

  @Option(names = "--review",
      description = "Also write NAME.review.html beside each NAME.json: the pages with the"
          + " detected cells, the figures, failed checks and warnings, a corrections form")
  boolean review;

  @Option(names = "--corrections", paramLabel = "DIR|FILE",
      description = "Apply reviewers' corrections (NAME.corrections.json, made on the review page)"
          + " to the reports of the documents they were made on (matched by sha256)")
  Path corrections;

  private CorrectionSet set;

  /** Reads the corrections; false (after a message) when they cannot be used. */
  boolean prepare(String out, PrintWriter err) {
    if (review && "-".equals(out)) {
      err.println("nianbao: --review needs an output folder (--out DIR), not '-'");
      return false;
    }
    if (corrections == null) {
      return true;
    }
    try {
      set = CorrectionSet.load(corrections);
      return true;
    } catch (NianbaoException e) {
      err.println("nianbao: " + corrections + ": " + e.code() + ": " + e.getMessage());
    } catch (IOException e) {
      err.println("nianbao: " + corrections + ": cannot read corrections: " + e.getMessage());
    }
    return false;
  }

  DocumentExtractor wrap(DocumentExtractor extractor) {
    return set == null ? extractor : set.wrap(extractor);
  }

  Report apply(Report report) throws NianbaoException {
    return set == null ? report : set.applyTo(report);
  }

  /**
   * After a batch into {@code outDir}: corrections applied to reports this run skipped, review
   * pages written. A refused correction or an unwritten page makes a clean run exit 1.
   */
  int afterBatch(Path outDir, List<Path> files, PrintWriter err, int exitCode) {
    int problems = 0;
    try {
      if (set != null) {
        problems += ReviewOutputs.applyCorrections(outDir, files, set, err);
      }
      if (review) {
        problems += ReviewOutputs.writePages(outDir, files, ReviewPage.defaults(), err);
      }
    } catch (IOException e) {
      err.println("nianbao: " + outDir + ": " + e.getMessage());
      problems++;
    }
    err.flush();
    return problems > 0 && exitCode == ExitCodes.OK ? ExitCodes.PARTIAL : exitCode;
  }
}
