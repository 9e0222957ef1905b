package org.nianbao.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;
import org.nianbao.model.Report;
import org.nianbao.model.SourceInfo;

/**
 * One input through the extractor under the batch's limits, shared by folder runs and
 * streaming. Never throws (but InterruptedException): every outcome is an {@link Outcome}.
 *
 * <p>The input is first copied to a private temp file ({@code .nianbao-input-*.tmp}), hashed
 * while copying, and extracted from that copy: the recorded sha256 is of the very bytes
 * extracted even if the input changes meanwhile, and the extractor never has to open the
 * user's name (which {@code java.io.File} cannot, for names the locale does not decode).
 */
final class DocumentRun {
  /** Temp names of this runner: only these are ever removed from an output folder. */
  static final String TEMP_PREFIX = ".nianbao-";

  private static final Pattern PAGE_COUNT = Pattern.compile("^(\\d+) pages\\b");

  private DocumentRun() {}

  /**
   * @param report the report with {@code source} naming the input, or null when failed
   * @param sha256 of the bytes extracted (or read), null when unreadable
   */
  record Outcome(Report report, String sha256, long size, ErrorCode code, String message,
      Integer pages, double seconds, Written written) {
    boolean failed() {
      return code != null;
    }

    /** What the manifest says of a report; the report here, or the one a worker wrote. */
    Summary summary() {
      return written != null ? written.summary() : Summary.of(report);
    }
  }

  /** Warnings, failed checks and kind of an extracted report. */
  record Summary(int warnings, int failedChecks, boolean notAReport) {
    static Summary of(Report r) {
      return new Summary(r.warnings().size(), (int) r.failedCheckCount(), r.warnings().stream()
          .anyMatch(w -> org.nianbao.reconcile.ReportKind.NOT_A_REPORT.equals(w.code())));
    }
  }

  /**
   * A report a worker process wrote (named already) to a temp file in the output folder; the
   * runner moves it into place and deletes the file.
   */
  record Written(Path file, Summary summary) {}

  /**
   * Limits and shared machinery of one run; {@code workers} null extracts on threads of this
   * JVM ({@code calls}), else in worker processes.
   */
  record Limits(Duration timeout, int maxPages, AbandonableCalls calls, MemoryBudget budget,
      WorkerPool workers, org.nianbao.Options.PageListener pages) {
    Limits(Duration timeout, int maxPages, AbandonableCalls calls, MemoryBudget budget) {
      this(timeout, maxPages, calls, budget, null, org.nianbao.Options.PageListener.NONE);
    }
  }

  /**
   * @param fileName the name to report as {@code source.file}
   * @param scratchDir where the private copy goes (the output folder; null for the system's)
   */
  static Outcome run(Path input, String fileName, Path scratchDir, DocumentExtractor extractor,
      Limits limits) throws InterruptedException {
    long t0 = System.nanoTime();
    if (!Files.isRegularFile(input)) {
      return fail(null, 0, ErrorCode.NOT_FOUND, "no such file", null, t0);
    }
    Path copy = null;
    try {
      try {
        copy = scratchDir == null ? Files.createTempFile(TEMP_PREFIX + "input-", ".tmp")
            : Files.createTempFile(scratchDir, TEMP_PREFIX + "input-", ".tmp");
      } catch (IOException e) {
        return fail(null, 0, ErrorCode.IO_ERROR, "cannot make a working copy: " + e, null, t0);
      }
      String sha;
      long size;
      MessageDigest md = sha256();
      try (InputStream in = Files.newInputStream(input);
          OutputStream out = Files.newOutputStream(copy, StandardOpenOption.WRITE)) {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        for (int r; (r = in.read(buf)) > 0; ) {
          md.update(buf, 0, r);
          out.write(buf, 0, r);
          n += r;
        }
        size = n;
        sha = HexFormat.of().formatHex(md.digest());
      } catch (NoSuchFileException e) {
        return fail(null, 0, ErrorCode.NOT_FOUND, "no such file", null, t0);
      } catch (AccessDeniedException e) {
        return fail(null, 0, ErrorCode.IO_ERROR, "cannot read: permission denied", null, t0);
      } catch (IOException e) {
        return fail(null, 0, ErrorCode.IO_ERROR, "cannot read or copy: " + e, null, t0);
      }
      InputProbe.Result probe = InputProbe.probe(copy);
      if (probe.rejected()) {
        return fail(sha, size, probe.rejection(), probe.message(), null, t0);
      }
      return extract(copy, fileName, sha, size, probe, extractor, limits, scratchDir);
    } finally {
      if (copy != null) {
        try {
          // An abandoned extraction thread may still read it: unlinking an open file is safe.
          Files.deleteIfExists(copy);
        } catch (IOException ignored) {
          // removed as stale by the next run in this folder
        }
      }
    }
  }

  private static Outcome extract(Path copy, String fileName, String sha, long size,
      InputProbe.Result probe, DocumentExtractor extractor, Limits limits, Path scratchDir)
      throws InterruptedException {
    long t0 = System.nanoTime();
    Path written = null;
    boolean keep = false;
    try (MemoryBudget.Lease lease = limits.budget().acquire(MemoryBudget.estimate(size))) {
      t0 = System.nanoTime();
      Report named = null;
      Summary summary = null;
      int pages;
      if (limits.workers() == null) {
        Report report =
            limits.calls().call(() -> extractor.extract(copy, fileName, sha,
                org.nianbao.Options.PageListener.NONE), limits.timeout());
        if (report == null) {
          return fail(sha, size, ErrorCode.INTERNAL, "extractor returned no report", null, t0);
        }
        pages = pageCount(report);
        named = renamed(report, fileName, sha, pages);
      } else {
        written = scratchDir == null ? Files.createTempFile(TEMP_PREFIX + "worker-", ".tmp")
            : Files.createTempFile(scratchDir, TEMP_PREFIX + "worker-", ".tmp");
        WorkerPool.Result r =
            limits.workers().extract(copy, fileName, sha, written, limits.timeout(),
                limits.pages());
        pages = r.pages();
        summary = new Summary(r.warnings(), r.failedChecks(), r.notAReport());
      }
      if (limits.maxPages() > 0 && pages > limits.maxPages()) {
        return fail(sha, size, ErrorCode.TOO_MANY_PAGES,
            pages + " pages, limit " + limits.maxPages(), pages, t0);
      }
      keep = true;
      return new Outcome(named, sha, size, null, null, pages, secs(t0),
          written == null ? null : new Written(written, summary));
    } catch (TimeoutException e) {
      return fail(sha, size, ErrorCode.TIMEOUT, "no result after "
          + limits.timeout().toSeconds() + "s; " + (limits.workers() == null
              ? "extraction thread abandoned" : "worker process stopped"), null, t0);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NianbaoException ne) {
        return fail(sha, size, ne.code(), ne.getMessage(), pagesOf(ne), t0);
      }
      if (cause instanceof OutOfMemoryError) {
        return fail(sha, size, ErrorCode.INTERNAL, "out of memory (" + cause.getMessage()
            + (limits.workers() == null ? "); a smaller --jobs or a larger heap"
                : "); a larger --worker-heap") + " may let it through", null, t0);
      }
      // An untyped failure on a file the probe found suspicious is most likely that.
      ErrorCode code = probe.suspicion() != null ? probe.suspicion() : ErrorCode.INTERNAL;
      return fail(sha, size, code, String.valueOf(cause), null, t0);
    } catch (InterruptedException e) {
      throw e;
    } catch (IOException e) {
      return fail(sha, size, ErrorCode.IO_ERROR, "cannot make a temp file: " + e, null, t0);
    } catch (Throwable e) { // incl. OutOfMemoryError while renaming the report
      return fail(sha, size, ErrorCode.INTERNAL, String.valueOf(e), null, t0);
    } finally {
      if (written != null && !keep) {
        try {
          Files.deleteIfExists(written);
        } catch (IOException ignored) {
          // removed as stale by the next run in this folder
        }
      }
    }
  }

  /** Pages of an extracted report: its source's count, else the pages it lists. */
  static int pageCount(Report report) {
    return report.source() != null ? report.source().pageCount() : report.pages().size();
  }

  /** The report naming {@code fileName} (and the bytes extracted) as its source. */
  static Report renamed(Report report, String fileName, String sha, int pages) {
    return new Report(report.schemaVersion(), new SourceInfo(fileName, sha, pages),
        report.report(), report.pages(), report.sections(), report.tables(), report.data(),
        report.provenance(), report.checks(), report.warnings(), report.tableRoles());
  }

  /** TOO_MANY_PAGES messages start with the count ("412 pages, limit ..."). */
  private static Integer pagesOf(NianbaoException e) {
    if (e.code() != ErrorCode.TOO_MANY_PAGES || e.getMessage() == null) {
      return null;
    }
    Matcher m = PAGE_COUNT.matcher(e.getMessage());
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static Outcome fail(String sha, long size, ErrorCode code, String message,
      Integer pages, long t0) {
    return new Outcome(null, sha, size, code, message, pages, secs(t0), null);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
