package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.emit.AtomicFiles;
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
    description = "Extract each input PDF (or every PDF under an input folder) to canonical JSON.")
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
      description = "Fail a document with more pages than N (0: no limit)")
  int maxPages;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
      description = "Fail a document that takes longer than this (0: no limit)")
  long timeoutSeconds;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Options options;
    try {
      options =
          Options.builder()
              .ocrStrategy(ocr)
              .tableMethod(tables)
              .maxPages(maxPages)
              .timeout(Duration.ofSeconds(timeoutSeconds))
              .build();
    } catch (IllegalArgumentException e) {
      err.println("nianbao: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<Path> files = InputFiles.expand(inputs);
    if (files.isEmpty()) {
      err.println("nianbao: no PDF found in " + inputs);
      return ExitCodes.ALL_FAILED;
    }
    boolean toStdout = "-".equals(out);
    Nianbao nianbao = Nianbao.create(options);
    int failed = 0;
    for (Path file : files) {
      try {
        Report report = nianbao.extractFile(file);
        if (toStdout) {
          PrintWriter w = spec.commandLine().getOut();
          w.println(ReportJson.toLine(report));
          w.flush();
        } else {
          Path target = Path.of(out).resolve(InputFiles.outputName(file));
          AtomicFiles.write(target, o -> ReportJson.write(report, o));
        }
      } catch (NianbaoException e) {
        failed++;
        err.println("nianbao: " + file + ": " + e.code() + ": " + e.getMessage());
      } catch (IOException e) {
        failed++;
        err.println("nianbao: " + file + ": IO_ERROR: cannot write output: " + e.getMessage());
      }
    }
    err.flush();
    return ExitCodes.forOutcome(files.size(), failed);
  }
}
