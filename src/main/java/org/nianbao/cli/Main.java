package org.nianbao.cli;

import org.nianbao.Nianbao;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nianbao} command line: a thin layer over the {@link Nianbao} library facade. */
@Command(
    name = "nianbao",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ManifestVersion.class,
    description = "Turns government information-disclosure annual reports (PDF) into canonical JSON.",
    subcommands = {ExtractCommand.class, ReviewCommand.class, ApplyCommand.class,
        WorkerCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was extracted (some may carry warnings)",
      "1:some inputs failed, the others were extracted",
      "2:usage error (bad option or argument), or an unusable output folder",
      "3:no input could be extracted",
      "4:internal error"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Log what the library does (PDFBox, OCR) to stderr.")
  boolean verbose;

  @CommandLine.Option(names = "--quiet", scope = CommandLine.ScopeType.INHERIT,
      description = "Log nothing but the one-line errors.")
  boolean quiet;

  public static void main(String[] args) {
    configureLogging(args);
    System.exit(run(args));
  }

  /**
   * The command line's SLF4J binding (slf4j-simple) reads its level once, before the first logger
   * is made: so the flags are looked at here, ahead of parsing. By default only errors are logged
   * (PDFBox reports every odd font table as a warning, which would drown the one-line errors);
   * library users keep their own logging setup.
   */
  static void configureLogging(String[] args) {
    java.util.List<String> a = java.util.List.of(args);
    String level = a.contains("--quiet") ? "off" : a.contains("--verbose") ? "info" : "error";
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
  }

  /** Runs the command line and returns the exit code (for tests and embedding). */
  public static int run(String... args) {
    return run(
        new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
        args);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(Main::shortUsage);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("nianbao: internal error: " + ex);
          return ExitCodes.INTERNAL;
        });
    return cl.execute(args);
  }

  /**
   * A usage error: the message, the command's synopsis and where the full help is (as git and
   * GNU tools do), exit 2. The full option list would push the message off the screen.
   */
  static int shortUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    java.io.PrintWriter err = cmd.getErr();
    err.println(org.nianbao.batch.InputNames.oneLine("nianbao: " + ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.print(cmd.getHelp().synopsis(0));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Version from the jar manifest (Implementation-Version). */
  static final class ManifestVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"nianbao " + Nianbao.version()};
    }
  }
}
