package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.batch.BatchOptions;
import org.nianbao.batch.BatchResult;
import org.nianbao.batch.BatchRunner;
import org.nianbao.batch.InputFiles;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.ProgressMode;
import org.nianbao.batch.RerunPolicy;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao extract}: one JSON document per input PDF. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ManifestVersion.class,
    description = {
      "Extract each input PDF (or every PDF under an input folder) to canonical JSON.",
      "%nWith an output folder the run is a resumable batch: OUT/_manifest.jsonl records every"
          + " input (path, sha256, status, error code, pages, seconds); running the same command"
          + " again skips inputs already done with the same tool version and retries failed"
          + " ones; OUT/summary.csv (UTF-8 with BOM) has one row per report.%n"
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "PDF files or folders")
  List<Path> inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Output folder for <name>.json (default: current folder); '-' streams JSON lines to stdout")
  String out;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Documents processed in parallel (default: the number of cores)")
  Integer jobs;

  @Option(names = "--force", description = "Redo inputs already done in an earlier run")
  boolean force;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "AUTO",
      description = "${COMPLETION-CANDIDATES}: a progress bar on a terminal, log lines otherwise"
          + " (AUTO; quiet for a single input)")
  ProgressMode progress;

  @Option(
      names = "--ocr",
      paramLabel = "STRATEGY",
      defaultValue = "AUTO",
      description = "When to OCR a page: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Options.OcrStrategy ocr;

  @Option(
      names = "--tables",
      paramLabel = "METHOD",
      defaultValue = "AUTO",
      description = "Table detection on text pages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Options.TableMethod tables;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "0",
      description = "Fail a document with more pages than N (TOO_MANY_PAGES; 0: no limit)")
  int maxPages;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "Fail a document that takes longer (TIMEOUT; 0: no limit; default: ${DEFAULT-VALUE})")
  long timeoutSeconds;

  @picocli.CommandLine.Mixin ReviewOptions review = new ReviewOptions();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (!review.prepare(out, err)) {
      return ExitCodes.USAGE;
    }
    Options options;
    BatchOptions.Builder batch;
    try {
      Duration timeout = Duration.ofSeconds(timeoutSeconds);
      options =
          Options.builder()
              .ocrStrategy(ocr)
              .tableMethod(tables)
              .maxPages(maxPages)
              .timeout(timeout)
              .build();
      batch =
          "-".equals(out)
              ? null
              : BatchOptions.builder(Path.of(out))
                  .maxPages(maxPages)
                  .timeout(timeout)
                  .rerun(force ? RerunPolicy.FORCE : RerunPolicy.RESUME)
                  .toolVersion(Nianbao.version());
      if (batch != null && jobs != null) {
        batch.jobs(jobs);
      }
    } catch (IllegalArgumentException e) {
      err.println("nianbao: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Nianbao nianbao = Nianbao.create(options);
    List<Path> files = InputFiles.expand(inputs);
    if (files.isEmpty()) {
      err.println("nianbao: no PDF found in " + inputs);
      return ExitCodes.ALL_FAILED;
    }
    return batch == null ? streamToStdout(nianbao, files, err) : runBatch(nianbao, batch, files, err);
  }

  private int runBatch(Nianbao nianbao, BatchOptions.Builder batch, List<Path> files,
      PrintWriter err) throws InterruptedException {
    ProgressMode mode = progress == ProgressMode.AUTO && files.size() == 1 ? ProgressMode.QUIET : progress;
    PrintStream progressOut = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
    BatchResult result;
    try {
      result = new BatchRunner(batch.progress(mode).progressOut(progressOut).build(),
          review.wrap(nianbao::extractFile)).run(files);
    } catch (IOException e) {
      err.println("nianbao: cannot use output folder " + out + ": " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    if (mode == ProgressMode.QUIET) {
      for (ManifestEntry e : result.failedEntries()) {
        err.println("nianbao: " + e.path() + ": " + e.errorCode() + ": " + e.message());
      }
    } else {
      err.println(result.describe());
    }
    err.flush();
    return review.afterBatch(Path.of(out), files, err, result.exitCode());
  }

  private int streamToStdout(Nianbao nianbao, List<Path> files, PrintWriter err) {
    PrintWriter w = spec.commandLine().getOut();
    int failed = 0;
    for (Path file : files) {
      try {
        Report report = review.apply(nianbao.extractFile(file));
        w.println(ReportJson.toLine(report));
        w.flush();
      } catch (NianbaoException e) {
        failed++;
        err.println("nianbao: " + file + ": " + e.code() + ": " + e.getMessage());
      } catch (IOException e) {
        failed++;
        err.println("nianbao: " + file + ": IO_ERROR: " + e.getMessage());
      }
    }
    err.flush();
    return ExitCodes.forOutcome(files.size(), failed);
  }

  /** Lets the batch runner's PrintStream progress land on picocli's error writer. */
  private static final class WriterStream extends java.io.OutputStream {
    private final PrintWriter w;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    WriterStream(PrintWriter w) {
      this.w = w;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n' || b == '\r') {
        flush();
      }
    }

    @Override
    public synchronized void flush() {
      w.print(line.toString(StandardCharsets.UTF_8));
      w.flush();
      line.reset();
    }
  }
}
