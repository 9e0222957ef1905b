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
    subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class},
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

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(args));
  }

  /**
   * PDFBox logs every odd font table through commons-logging/JUL; on the command line those
   * lines drown the one-line errors users read. Library users keep their own logging setup.
   */
  private static void quietLibraryLogging() {
    System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
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
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("nianbao: internal error: " + ex);
          return ExitCodes.INTERNAL;
        });
    return cl.execute(args);
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
