package org.nianbao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.model.Report;

/** Does not parse anything: a deterministic one-page report after an optional delay. */
final class FakeExtractor implements DocumentExtractor {
  final AtomicInteger calls = new AtomicInteger();
  private final long delayMillis;

  FakeExtractor(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public Report extract(Path pdf) {
    calls.incrementAndGet();
    try {
      Thread.sleep(delayMillis);
      return TestPdfs.fakeReport(pdf, 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
