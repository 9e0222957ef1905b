package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.NianbaoException;
import org.nianbao.model.Report;
import org.nianbao.review.CorrectionSet;
import org.nianbao.review.Corrections;
import org.nianbao.review.CorrectionsRefusedException;
import org.nianbao.review.ReportReader;
import org.nianbao.review.ReviewOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao apply}: reviewers' corrections applied to report JSON files in place. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ManifestVersion.class,
    description = {
      "Apply reviewers' corrections (NAME.corrections.json from the review page) to report JSON"
          + " files, in place: each corrected figure gets provenance source 'reviewed' (the"
          + " extracted value kept in raw, reviewer and reviewedAt), derived values and every"
          + " check are evaluated again.",
      "Corrections are matched to a report by the sha256 of its PDF. A corrections FILE made on"
          + " another document, or one naming a figure the report lacks, is refused"
          + " (CORRECTIONS_REFUSED) and nothing of it is applied; with a DIR, reports without"
          + " corrections are left as they are."
    })
final class ApplyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corrections", paramLabel = "DIR|FILE", required = true,
      description = "A corrections file, or a folder of them")
  Path corrections;

  @Parameters(arity = "1..*", paramLabel = "INPUT_JSON", description = "Report JSON files")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorrectionSet set;
    try {
      set = CorrectionSet.load(corrections);
    } catch (NianbaoException e) {
      err.println("nianbao: " + corrections + ": " + e.code() + ": " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("nianbao: " + corrections + ": cannot read corrections: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    boolean oneFile = Files.isRegularFile(corrections);
    int failed = 0;
    for (Path json : inputs) {
      try {
        if (oneFile) {
          // a file given by name must be for this report: no silent no-op
          Report r = ReportReader.read(json);
          String sha = set.bySha256().keySet().iterator().next();
          if (!sha.equalsIgnoreCase(r.source().sha256())) {
            Corrections c = set.bySha256().get(sha).get(0);
            c.applyTo(r); // throws OTHER_DOCUMENT with both hashes
          }
        }
        boolean changed = ReviewOutputs.applyInPlace(json, set);
        Report after = ReportReader.read(json);
        long reviewed = after.provenance().values().stream()
            .filter(p -> p.source() == org.nianbao.model.ValueSource.REVIEWED).count();
        out.println(json + ": " + (changed ? "corrections applied" : "unchanged") + "; "
            + reviewed + " reviewed figures, " + after.failedCheckCount() + " of "
            + after.checks().size() + " checks fail");
      } catch (CorrectionsRefusedException e) {
        failed++;
        err.println("nianbao: " + json + ": " + e.code() + ": " + e.getMessage());
      } catch (IOException | RuntimeException e) {
        failed++;
        err.println("nianbao: " + json + ": IO_ERROR: cannot read or write the report: " + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    return ExitCodes.forOutcome(inputs.size(), failed);
  }
}
