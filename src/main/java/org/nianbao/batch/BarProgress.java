package org.nianbao.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal bar, drawn by {@code me.tongfei:progressbar}: percentage, documents done (with the
 * read share of documents in progress), elapsed and remaining time, documents per second, pages
 * read and failures. The library redraws it on its own timer, so time and rate move while a long
 * scan is read; every page read moves the count. Failures are printed as their own lines above
 * it so they stay visible.
 */
final class BarProgress implements ProgressReporter {
  private static final int REDRAW_MILLIS = 500;

  private final PrintStream out;
  private final ProgressBarConsumer consumer;
  private final int width;
  private final ProgressCounter counter = new ProgressCounter();
  private ProgressBar bar;

  BarProgress(PrintStream out) {
    this(out, null);
  }

  /** With {@code consumer} drawing the bar (tests); null draws it on {@code out}. */
  BarProgress(PrintStream out, ProgressBarConsumer consumer) {
    this.out = out;
    // the terminal's width via jline when there is one; a fixed width for a redirected stream
    this.width = System.console() != null ? -1 : 100;
    this.consumer = consumer;
  }

  @Override
  public synchronized void phase(String message) {
    above(message);
  }

  @Override
  public synchronized void start(int total, int skipped) {
    counter.start(total);
    if (skipped > 0) {
      above(skipped + " inputs already done in an earlier run: skipped");
    }
    bar = new ProgressBarBuilder()
        .setTaskName("nianbao")
        .setInitialMax(total * ProgressCounter.UNITS_PER_DOCUMENT)
        .setUnit(" docs", ProgressCounter.UNITS_PER_DOCUMENT)
        .showSpeed(new java.text.DecimalFormat("0.0"))
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(REDRAW_MILLIS)
        .continuousUpdate() // redrawn on the timer even when nothing finished: time and rate move
        .setConsumer(consumer != null ? consumer : new Console(out, width))
        .build();
    update();
  }

  @Override
  public synchronized void page(String key, int page, int pageCount) {
    counter.page(key, page, pageCount);
    update();
  }

  @Override
  public synchronized void done(ManifestEntry e) {
    counter.add(e);
    if (e.status() == DocumentStatus.FAILED) {
      above(InputNames.oneLine("failed " + e.errorCode() + ": " + e.path() + ": "
          + e.message()));
    }
    update();
  }

  /** Draws the bar once more with the final count and leaves it on its line. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      update();
      bar.close(); // renders the final state and ends the line
      bar = null;
    }
    out.flush();
  }

  /** Draws the bar now (tests; otherwise the library's timer does). */
  synchronized void redraw() {
    if (bar != null) {
      bar.refresh();
    }
  }

  private void update() {
    if (bar == null) {
      return;
    }
    bar.setExtraMessage(" " + counter.pagesRead() + " pages"
        + (counter.failed() > 0 ? ", " + counter.failed() + " failed" : ""));
    bar.stepTo(counter.units());
  }

  /** A line above the bar: the bar's line is cleared, the next redraw puts it back. */
  private void above(String line) {
    synchronized (out) {
      if (bar != null) {
        // a terminal erases to the end of the line (spaces would wrap on a narrow one)
        out.print(width > 0 ? "\r" + " ".repeat(width) + "\r" : "\r\u001b[K");
      }
      out.println(line);
      out.flush();
    }
    if (bar != null) {
      bar.refresh();
    }
  }

  /** The library's console drawing, locked with the lines printed above the bar. */
  private static final class Console extends ConsoleProgressBarConsumer {
    private final PrintStream out;

    Console(PrintStream out, int width) {
      super(out, width);
      this.out = out;
    }

    @Override
    public void accept(String rendered) {
      synchronized (out) {
        super.accept(rendered);
      }
    }
  }
}
