package org.nianbao.batch;

import java.io.PrintStream;

/** Receives batch events; implementations decide how (and whether) to show them. */
interface ProgressReporter extends AutoCloseable {

  /** A phase starts (hashing inputs, writing the summary). */
  void phase(String message);

  /** Extraction starts: {@code total} inputs to finish in this run, {@code skipped} not. */
  void start(int total, int skipped);

  /**
   * Page {@code page} of {@code pageCount} of the input {@code key} has been read (called from
   * extraction threads; the bar moves with it).
   */
  default void page(String key, int page, int pageCount) {}

  /** One input finished (extracted, failed or recorded as duplicate). */
  void done(ManifestEntry entry);

  @Override
  void close();

  /** The reporter for a mode; AUTO picks the bar on a terminal and log lines otherwise. */
  static ProgressReporter create(ProgressMode mode, PrintStream out) {
    ProgressMode m = mode == ProgressMode.AUTO
        ? (System.console() != null ? ProgressMode.BAR : ProgressMode.LOG)
        : mode;
    return switch (m) {
      case BAR -> new BarProgress(out);
      case LOG -> new LogProgress(out);
      default -> new QuietProgress();
    };
  }

  /** Reports nothing. */
  final class QuietProgress implements ProgressReporter {
    @Override
    public void phase(String message) {}

    @Override
    public void start(int total, int skipped) {}

    @Override
    public void done(ManifestEntry entry) {}

    @Override
    public void close() {}
  }
}
