package org.nianbao.batch;

import java.io.PrintStream;

/**
 * One status line on a terminal, rewritten with {@code \r} at most a few times a second:
 * {@code  123/3000  4%  1520 pages  2.1 docs/s  ETA 00:22:51  3 failed}. Failures are printed
 * as their own lines above it so they stay visible.
 */
final class BarProgress implements ProgressReporter {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private final ProgressCounter counter = new ProgressCounter();
  private long lastDraw;
  private int lastWidth;

  BarProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void phase(String message) {
    clearLine();
    out.println(message);
    out.flush();
  }

  @Override
  public synchronized void start(int total, int skipped) {
    counter.start(total);
    if (skipped > 0) {
      phase(skipped + " inputs already done in an earlier run: skipped");
    }
    draw(true);
  }

  @Override
  public synchronized void done(ManifestEntry e) {
    counter.add(e);
    if (e.status() == DocumentStatus.FAILED) {
      clearLine();
      out.println(InputNames.oneLine("failed " + e.errorCode() + ": " + e.path() + ": "
          + e.message()));
      draw(true);
    } else {
      draw(counter.done() == counter.total());
    }
  }

  @Override
  public synchronized void close() {
    draw(true);
    out.println();
    out.flush();
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int total = counter.total();
    int done = counter.done();
    double rate = done / Math.max(counter.elapsedSeconds(), 1e-3);
    String line = String.format("%6d/%d  %3d%%  %d pages  %.1f docs/s  ETA %s%s",
        done, total, total == 0 ? 100 : done * 100 / total, counter.pages(), rate,
        ProgressCounter.clock(counter.etaSeconds()),
        counter.failed() > 0 ? "  " + counter.failed() + " failed" : "");
    out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    out.flush();
    lastWidth = line.length();
  }

  private void clearLine() {
    if (lastWidth > 0) {
      out.print("\r" + " ".repeat(lastWidth) + "\r");
      lastWidth = 0;
    }
  }
}
