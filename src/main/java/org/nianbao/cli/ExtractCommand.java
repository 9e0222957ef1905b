package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.Options;
import org.nianbao.batch.BatchOptions;
import org.nianbao.batch.BatchResult;
import org.nianbao.batch.BatchRunner;
import org.nianbao.batch.DocumentExtractor;
import org.nianbao.batch.InputFiles;
import org.nianbao.batch.InputNames;
import org.nianbao.batch.Isolation;
import org.nianbao.batch.WorkerLaunch;
import org.nianbao.batch.StreamRunner;
import org.nianbao.batch.ManifestEntry;
import org.nianbao.batch.ProgressMode;
import org.nianbao.batch.RerunPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "PDF files or folders (or file: URIs, for names that are not UTF-8)")
  List<String> inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Output folder for <name>.json (default: current folder); '-' streams JSON"
          + " lines to stdout")
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

  @Option(names = "--ocr-lang", paramLabel = "LANG", defaultValue = "chi_sim",
      description = "Tesseract language(s) for scanned pages, e.g. chi_sim or chi_sim+eng"
          + " (default: ${DEFAULT-VALUE})")
  String ocrLanguage;

  @Option(names = "--ocr-dpi", paramLabel = "DPI", defaultValue = "300",
      description = "Resolution image pages are rendered at when they carry no usable embedded"
          + " image (72..600, default: ${DEFAULT-VALUE})")
  int ocrDpi;

  @Option(names = "--tessdata", paramLabel = "DIR",
      description = "Tesseract language data folder (default: TESSDATA_PREFIX or the system's)")
  Path tessdata;

  @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:" + WorkerCommand.PASSWORD_ENV + "}",
      description = "User password of encrypted PDFs (default: the NIANBAO_PASSWORD environment"
          + " variable, which other users cannot see in the process list); a missing or wrong"
          + " one fails the document with ENCRYPTED")
  String password;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of local template variants: files in the format of models/templates"
          + " (index.json, gb2021.json, gb2019.json, applications.json, reviews.json) read"
          + " instead of the shipped ones of the same name")
  Path templates;

  @Option(names = "--formats", paramLabel = "FORMAT", split = ",", defaultValue = "FIGURES_CSV,XLSX",
      description = "Combined outputs beside summary.csv: ${COMPLETION-CANDIDATES}, or NONE"
          + " (default: ${DEFAULT-VALUE}; folder output only)")
  List<String> formats;

  @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "PROCESS",
      description = "Where an output folder's documents are extracted: PROCESS (default) in"
          + " worker processes, one per job, a worker killed and replaced when its document"
          + " passes --timeout or it dies, so a stuck document frees its core; THREAD on this"
          + " JVM's threads, where a stuck document is abandoned but keeps its core busy."
          + " Streaming (--out -) always uses THREAD")
  Isolation isolation;

  @Option(names = "--worker-heap", paramLabel = "MiB", defaultValue = "384",
      description = "Heap of each worker process with --isolation PROCESS (default:"
          + " ${DEFAULT-VALUE}); each may also hold 320 MiB of native memory (OCR engine, page"
          + " images) and is replaced after a document that leaves it larger")
  int workerHeapMib;

  @picocli.CommandLine.Mixin ReviewOptions review = new ReviewOptions();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (!review.prepare(out, err)) {
      return ExitCodes.USAGE;
    }
    Options options;
    BatchOptions.Builder batch;
    List<Path> inputPaths;
    try {
      inputPaths = inputs.stream().map(InputNames::argument).toList();
      Duration timeout = Duration.ofSeconds(timeoutSeconds);
      options =
          Options.builder()
              .ocrStrategy(ocr)
              .tableMethod(tables)
              .ocrLanguage(ocrLanguage)
              .ocrDpi(ocrDpi)
              .tessdata(tessdata)
              .maxPages(maxPages)
              .timeout(timeout)
              .password(password)
              .templates(templates)
              .build();
      batch =
          "-".equals(out)
              ? null
              : BatchOptions.builder(outputFolder(out))
                  .maxPages(maxPages)
                  .timeout(timeout)
                  .rerun(force ? RerunPolicy.FORCE : RerunPolicy.RESUME)
                  .toolVersion(Nianbao.version())
                  .outputFormats(outputFormats(formats));
      if (batch != null && jobs != null) {
        batch.jobs(jobs);
      }
      if (batch != null && isolation == Isolation.PROCESS) {
        WorkerLaunch launch = WorkerLaunch.java(WorkerCommand.class.getName(),
            WorkerCommand.arguments(ocr, tables, maxPages, timeoutSeconds, ocrLanguage, ocrDpi,
                tessdata, review.corrections, templates), (long) workerHeapMib << 20,
            WorkerLaunch.DEFAULT_NATIVE_ALLOWANCE_BYTES, workerProcessors(jobs));
        batch.processIsolation(password == null ? launch
            : launch.withEnvironment(WorkerCommand.PASSWORD_ENV, password));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), InputNames.oneLine(e.getMessage()), e);
    }
    if (tessdata != null && !Files.isDirectory(tessdata)) {
      // every scanned page would fail OCR_UNAVAILABLE: say so once, before the run
      err.println(InputNames.oneLine("nianbao: --tessdata " + tessdata + ": no such folder (the"
          + " folder holding chi_sim.traineddata; leave it out for the system's)"));
      return ExitCodes.USAGE;
    }
    // Worker processes bring their own pipeline and this JVM only dispatches: building one here
    // too was a tenth of a second of every folder run's start (a templates folder is still
    // read here, so that a bad one stops the run before it starts).
    boolean workersOnly = batch != null && isolation == Isolation.PROCESS && templates == null;
    Nianbao nianbao = null;
    try {
      if (!workersOnly) {
        nianbao = Nianbao.create(options);
      }
    } catch (IllegalArgumentException e) {
      // the templates folder: not the command's shape but a file to fix, named in the message
      err.println(InputNames.oneLine("nianbao: " + e.getMessage()));
      return ExitCodes.USAGE;
    }
    List<Path> files = InputFiles.expand(inputPaths);
    if (files.isEmpty()) {
      err.println(InputNames.oneLine("nianbao: no PDF found in " + inputs));
      return ExitCodes.ALL_FAILED;
    }
    return batch == null ? streamToStdout(nianbao, options, files, err)
        : runBatch(nianbao, batch, files, err);
  }

  /**
   * The output folder. A name ending in .json is almost surely meant as one output file, which
   * --out is not: refused unless such a folder exists.
   */
  private static Path outputFolder(String arg) {
    Path p = InputNames.argument(arg);
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && !Files.isDirectory(p)) {
      throw new IllegalArgumentException("--out takes a folder (one <name>.json per input), not"
          + " a file name: " + InputNames.oneLine(arg) + "; use --out - > " + name
          + " for JSON lines on stdout");
    }
    return p;
  }

  /** Why an output folder cannot be used, in words. */
  private static String describe(IOException e) {
    Throwable cause = e.getCause() instanceof IOException c ? c : e;
    if (cause instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (cause instanceof java.nio.file.FileAlreadyExistsException
        || cause instanceof java.nio.file.NotDirectoryException) {
      return "not a folder: " + ((java.nio.file.FileSystemException) cause).getFile();
    }
    if (cause instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    return e == cause ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + cause.getMessage();
  }

  private int runBatch(Nianbao nianbao, BatchOptions.Builder batch, List<Path> files,
      PrintWriter err) throws InterruptedException {
    ProgressMode mode = progress == ProgressMode.AUTO && files.size() == 1 ? ProgressMode.QUIET : progress;
    PrintStream progressOut = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
    BatchResult result;
    try {
      result = new BatchRunner(batch.progress(mode).progressOut(progressOut).build(),
          nianbao == null ? null : review.wrap(DocumentExtractor.of(nianbao))).run(files);
    } catch (IOException e) {
      // Not our bug but the folder given (a file, read-only, locked, full): exit as for a bad
      // argument, with the reason.
      err.println(InputNames.oneLine("nianbao: cannot use output folder " + out + ": "
          + describe(e)));
      return ExitCodes.USAGE;
    }
    if (mode == ProgressMode.QUIET) {
      for (ManifestEntry e : result.failedEntries()) {
        err.println(InputNames.oneLine("nianbao: " + e.path() + ": " + e.errorCode() + ": "
            + e.message()));
      }
    } else {
      err.println(result.describe());
    }
    err.flush();
    return review.afterBatch(Path.of(out), files, err, result.exitCode());
  }

  private int streamToStdout(Nianbao nianbao, Options options, List<Path> files,
      PrintWriter err) throws InterruptedException {
    int failed = new StreamRunner(review.wrap(nianbao::extractFile), options.timeout(), options.maxPages())
        .run(files, spec.commandLine().getOut(), err);
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

  /** Cores per worker: the machine's shared out among the jobs, at least one each. */
  private static int workerProcessors(Integer jobs) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, cores / (jobs == null ? cores : jobs));
  }

  /** FIGURES_CSV,XLSX, figures-csv or none, in any case; a bad name is a usage error. */
  static java.util.Set<org.nianbao.emit.OutputFormat> outputFormats(List<String> names) {
    java.util.Set<org.nianbao.emit.OutputFormat> out =
        java.util.EnumSet.noneOf(org.nianbao.emit.OutputFormat.class);
    for (String n : names) {
      if (n.isBlank() || n.equalsIgnoreCase("none")) {
        continue;
      }
      try {
        out.add(org.nianbao.emit.OutputFormat.parse(n));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --formats value '" + n + "' (one of "
            + java.util.Arrays.toString(org.nianbao.emit.OutputFormat.values()) + " or NONE)");
      }
    }
    return out;
  }
}
