package org.nianbao.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.nianbao.emit.ReportJson;

/**
 * Streaming ({@code --out -}): one JSON line per extracted input on stdout, one error line per
 * failed input on stderr ({@code nianbao: FILE: CODE: message}), in input order. Each input
 * gets the limits of a folder run (time, pages, memory) and its typed errors, an out-of-memory
 * included; one input never stops the others. Working copies go to the system's temp folder.
 */
public final class StreamRunner {
  private final DocumentExtractor extractor;
  private final Duration timeout;
  private final int maxPages;

  /**
   * @param timeout per input, {@link Duration#ZERO} for none
   * @param maxPages per input, 0 for none
   */
  public StreamRunner(DocumentExtractor extractor, Duration timeout, int maxPages) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.maxPages = maxPages;
  }

  /** Extracts every file; returns how many failed. */
  public int run(List<Path> files, PrintWriter out, PrintWriter err) throws InterruptedException {
    AbandonableCalls calls = new AbandonableCalls();
    // One document at a time: its estimate never waits, so the budget is only a formality.
    MemoryBudget budget = new MemoryBudget(Long.MAX_VALUE);
    DocumentRun.Limits limits = new DocumentRun.Limits(timeout, maxPages, calls, budget);
    int failed = 0;
    for (Path file : files) {
      String name = InputNames.display(file);
      String line = null;
      String error = null;
      DocumentRun.Outcome o =
          DocumentRun.run(file, name.substring(name.lastIndexOf('/') + 1), null, extractor, limits);
      if (o.failed()) {
        error = o.code() + ": " + o.message();
      } else {
        try {
          line = ReportJson.toLine(o.report());
        } catch (java.io.IOException | RuntimeException | OutOfMemoryError e) {
          error = org.nianbao.ErrorCode.INTERNAL + ": cannot write JSON: " + e;
        }
      }
      if (error != null) {
        failed++;
        err.println(InputNames.oneLine("nianbao: " + name + ": " + error));
        err.flush();
      } else {
        out.println(line);
        out.flush();
      }
    }
    return failed;
  }
}
