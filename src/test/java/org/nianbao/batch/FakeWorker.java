package org.nianbao.batch;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.nianbao.model.Report;

/**
 * A worker process for the process-isolation tests: fake one-page reports after a delay
 * ("paged" tells pages 1 and 2 of 2 on the way), and
 * misbehaviour chosen by the input's name: "crash" halts the JVM (as a native crash would),
 * "oom" runs out of heap, "spin" loops on one core for ever.
 */
public final class FakeWorker {
  private FakeWorker() {}

  /** args: delay per document in ms. */
  public static void main(String[] args) throws Exception {
    long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
    ExtractionWorker.serve(new DocumentExtractor() {
      @Override
      public Report extract(Path pdf) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Report extract(Path pdf, String fileName, org.nianbao.Options.PageListener pages) {
        if (fileName.contains("paged")) {
          pages.pageRead(1, 2);
          pages.pageRead(2, 2);
        }
        return extract(pdf, fileName);
      }

      @Override
      public Report extract(Path pdf, String fileName) {
        if (fileName.contains("crash")) {
          Runtime.getRuntime().halt(3);
        }
        if (fileName.contains("oom")) {
          java.util.List<long[]> hog = new java.util.ArrayList<>();
          while (true) {
            hog.add(new long[1 << 20]);
          }
        }
        if (fileName.contains("spin")) {
          long x = 0;
          while (x >= 0) {
            x = (x * 31 + 7) & 0xffffff;
          }
        }
        try {
          Thread.sleep(delay);
          return TestPdfs.fakeReport(pdf, 1).withSourceFile(fileName);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
  }

  /** A launch of this worker with a small heap. */
  static WorkerLaunch launch(long delayMillis) {
    return WorkerLaunch.java(FakeWorker.class.getName(), java.util.List.of(
        Long.toString(delayMillis)), 64L << 20, 256L << 20);
  }
}
