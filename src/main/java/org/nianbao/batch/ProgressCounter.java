package org.nianbao.batch;

/** Done/total, pages, failures and an ETA from the mean time per document so far. */
final class ProgressCounter {
  private final long startNanos = System.nanoTime();
  private int total;
  private int done;
  private int failed;
  private long pages;

  synchronized void start(int total) {
    this.total = total;
  }

  synchronized void add(ManifestEntry e) {
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

  synchronized long pages() {
    return pages;
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Seconds left, or -1 before the first document. */
  synchronized long etaSeconds() {
    if (done == 0) {
      return -1;
    }
    return Math.round(elapsedSeconds() / done * (total - done));
  }

  static String clock(long seconds) {
    if (seconds < 0) {
      return "--:--:--";
    }
    return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
