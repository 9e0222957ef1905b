package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao review}: {@code extract --review}, the reports of an earlier run reused (same
 * output folder, same sha256 and tool version).
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ManifestVersion.class,
    description = {
      "Write NAME.review.html beside NAME.json for each input PDF: one self-contained file"
          + " (opens from disk, offline) with the page images, the detected cells over them, the"
          + " figures as the form's tables, failed checks and warnings one click from their cell,"
          + " and a form whose corrections download as NAME.corrections.json (apply them with"
          + " 'nianbao apply' or 'extract --corrections').",
      "Reports already in the output folder are reused; missing ones are extracted first."
    })
final class ReviewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "PDF files or folders")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Folder of the reports and review pages (default: current folder)")
  Path out;

  @Option(names = "--corrections", paramLabel = "DIR|FILE",
      description = "Apply these corrections before writing the pages")
  Path corrections;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents extracted in parallel")
  Integer jobs;

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(List.of("--review", "--out", out.toString()));
    if (corrections != null) {
      args.addAll(List.of("--corrections", corrections.toString()));
    }
    if (jobs != null) {
      args.addAll(List.of("--jobs", jobs.toString()));
    }
    inputs.forEach(p -> args.add(p.toString()));
    CommandLine extract = new CommandLine(new ExtractCommand());
    extract.setOut(spec.commandLine().getOut());
    extract.setErr(spec.commandLine().getErr());
    extract.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
    return extract.execute(args.toArray(String[]::new));
  }
}
