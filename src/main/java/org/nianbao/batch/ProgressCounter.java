package org.nianbao.batch;

import java.util.HashMap;
import java.util.Map;

/**
 * Done/total, pages and failures of a batch, and how far the documents still being read have
 * got: each page read moves the count by its share of its document, so progress and rate move
 * during a long scan, not only when a document ends.
 */
final class ProgressCounter {
  /** Progress units per document (a page of a 40-page scan is 25 units). */
  static final long UNITS_PER_DOCUMENT = 1000;

  private final long startNanos = System.nanoTime();
  private int total;
  private int done;
  private int failed;
  private long pages;
  /** Pages read so far of documents not finished yet, by input key. */
  private final Map<String, long[]> reading = new HashMap<>();
  /** Inputs finished: an abandoned extraction (timeout) may still tell pages of one. */
  private final java.util.Set<String> finished = new java.util.HashSet<>();

  synchronized void start(int total) {
    this.total = total;
  }

  /** Page {@code page} of {@code pageCount} of the input {@code key} has been read. */
  synchronized void page(String key, int page, int pageCount) {
    if (pageCount > 0 && page > 0 && !finished.contains(key)) {
      reading.put(key, new long[] {Math.min(page, pageCount), pageCount});
    }
  }

  synchronized void add(ManifestEntry e) {
    reading.remove(e.path());
    finished.add(e.path());
    done++;
    if (e.status() == DocumentStatus.FAILED) {
      failed++;
    }
    if (e.pages() != null && e.status() != DocumentStatus.DUPLICATE) {
      pages += e.pages();
    }
  }

  synchronized int done() {
    return done;
  }

  synchronized int total() {
    return total;
  }

  synchronized int failed() {
    return failed;
  }

  /** Pages of finished documents. */
  synchronized long pages() {
    return pages;
  }

  /** Pages read, finished documents and those still being read. */
  synchronized long pagesRead() {
    long n = pages;
    for (long[] r : reading.values()) {
      n += r[0];
    }
    return n;
  }

  /** Finished documents plus the read share of unfinished ones, in {@link #UNITS_PER_DOCUMENT}. */
  synchronized long units() {
    long n = done * UNITS_PER_DOCUMENT;
    for (long[] r : reading.values()) {
      // a document's last unit waits for its end (writing, checks): never 100% before it
      n += Math.min(UNITS_PER_DOCUMENT - 1, r[0] * UNITS_PER_DOCUMENT / r[1]);
    }
    return n;
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
