package org.nianbao.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.Options;
import org.nianbao.extract.PageReading;
import org.nianbao.extract.image.ImagePageReader;
import org.nianbao.extract.image.PageImage;

/**
 * Runs OCR of a document's image pages on a process-wide pool with one thread per core, so
 * pages of one large scan are read in parallel, and parallel documents together never run more
 * Tesseract instances than there are cores (Tesseract's own threads are off: OMP_THREAD_LIMIT=1).
 * A document keeps at most a few page images in memory at once.
 */
final class OcrQueue {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "nianbao-ocr-" + COUNT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });
  private final Options options;
  /** Page images taken from the PDF but not yet read: bounds memory on 100-page scans. */
  private final Semaphore inFlight = new Semaphore(THREADS + 1);
  private final List<PageSlot> submitted = new ArrayList<>();

  OcrQueue(Options options) {
    this.options = options;
  }

  /** Blocks while the document already has its share of page images waiting. */
  PageSlot submit(ImagePageReader reader, PageImage image) {
    return submit(image.pageNumber(), () -> reader.read(image, options));
  }

  /** Any OCR work on one page's images (pictures on a text-layer page), queued the same way. */
  PageSlot submit(int page, java.util.concurrent.Callable<PageReading> work) {
    inFlight.acquireUninterruptibly();
    PageSlot slot;
    try {
      slot = PageSlot.pending(page, POOL.submit(() -> {
        try {
          return work.call();
        } finally {
          inFlight.release();
        }
      }));
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
    submitted.add(slot);
    return slot;
  }

  void cancelAll() {
    submitted.forEach(PageSlot::cancel);
  }
}
