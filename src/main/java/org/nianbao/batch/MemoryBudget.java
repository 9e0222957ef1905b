package org.nianbao.batch;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the summed memory estimates of documents in flight, so two 300-page bundles wait for
 * each other instead of running the heap out. A semaphore of MiB permits; fair, so a large
 * document at the head of the queue is not starved by a stream of small ones. A request larger
 * than the whole budget is clamped to it: the document then runs alone.
 */
final class MemoryBudget {
  private static final long MIB = 1 << 20;
  /** Parser, page renders for OCR and the model; a crude but monotonic guess. */
  private static final long BASE_BYTES = 64 * MIB;
  private static final long BYTES_PER_FILE_BYTE = 8;

  private final Semaphore permits;
  private final int total;

  MemoryBudget(long bytes) {
    this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MIB));
    this.permits = new Semaphore(total, true);
  }

  /** Estimated peak heap for extracting a file of {@code fileSize} bytes. */
  static long estimate(long fileSize) {
    return BASE_BYTES + BYTES_PER_FILE_BYTE * fileSize;
  }

  Lease acquire(long bytes) throws InterruptedException {
    int n = (int) Math.min(total, Math.max(1, (bytes + MIB - 1) / MIB));
    permits.acquire(n);
    return new Lease(n);
  }

  /** Permits held for one document; closing twice is harmless. */
  final class Lease implements AutoCloseable {
    private final int n;
    private final AtomicBoolean released = new AtomicBoolean();

    private Lease(int n) {
      this.n = n;
    }

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        permits.release(n);
      }
    }
  }
}
