package org.nianbao.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.ExtractionTimeoutException;
import org.nianbao.extract.PageReading;
import org.nianbao.model.PageInfo;
import org.nianbao.model.PageKind;
import org.nianbao.model.TextSource;
import org.nianbao.model.Warning;

/** One page's reading: already done (text layer) or still being OCRed on another thread. */
final class PageSlot {
  private final int page;
  private final PageReading ready;
  private final Future<PageReading> pending;

  private PageSlot(int page, PageReading ready, Future<PageReading> pending) {
    this.page = page;
    this.ready = ready;
    this.pending = pending;
  }

  static PageSlot ready(PageReading reading) {
    return new PageSlot(reading.info().number(), reading, null);
  }

  static PageSlot pending(int page, Future<PageReading> future) {
    return new PageSlot(page, null, future);
  }

  PageReading await(Pipeline.Deadline deadline) throws ExtractionTimeoutException {
    if (ready != null) {
      return ready;
    }
    try {
      long nanos = deadline.remainingNanos();
      return nanos == Long.MAX_VALUE ? pending.get() : pending.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ExtractionTimeoutException("time limit exceeded while OCR read page " + page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionTimeoutException("interrupted while OCR read page " + page);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      // An OCR failure on one page is that page's problem, reported, not the document's.
      return new PageReading(new PageInfo(page, PageKind.BLANK, TextSource.OCR, 0, 0.0),
          List.of(), List.of(), List.of(new Warning("OCR_FAILED", page,
              "page not read: " + c.getClass().getSimpleName() + ": " + c.getMessage())), Map.of());
    }
  }

  void cancel() {
    if (pending != null) {
      pending.cancel(true);
    }
  }
}
