package org.nianbao.batch;

import java.io.PrintStream;

/**
 * Plain lines for logs and CI (no {@code \r}): one per finished document, e.g.
 * {@code [  12/3000] failed  CORRUPT_PDF  0.1s  /in/r.pdf: no %%EOF ...}, plus phases.
 */
final class LogProgress implements ProgressReporter {
  private final PrintStream out;
  private final ProgressCounter counter = new ProgressCounter();

  LogProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void phase(String message) {
    out.println(message);
    out.flush();
  }

  @Override
  public synchronized void start(int total, int skipped) {
    counter.start(total);
    out.println(total + " inputs to process" + (skipped > 0 ? ", " + skipped
        + " already done in an earlier run (skipped)" : ""));
    out.flush();
  }

  @Override
  public synchronized void done(ManifestEntry e) {
    counter.add(e);
    int width = String.valueOf(counter.total()).length();
    StringBuilder sb = new StringBuilder(String.format("[%" + width + "d/%d] %-9s",
        counter.done(), counter.total(), e.status().id()));
    if (e.errorCode() != null) {
      sb.append(' ').append(e.errorCode());
    }
    if (e.pages() != null) {
      sb.append(' ').append(e.pages()).append('p');
    }
    sb.append(String.format(" %.1fs %s", e.seconds(), e.path()));
    if (e.status() == DocumentStatus.DUPLICATE) {
      sb.append(" = ").append(e.duplicateOf());
    } else if (e.message() != null) {
      sb.append(": ").append(e.message());
    }
    out.println(InputNames.oneLine(sb.toString()));
    out.flush();
  }

  /** The run's summary is the caller's ({@link BatchResult#describe()}): printed once. */
  @Override
  public synchronized void close() {
    out.flush();
  }
}
