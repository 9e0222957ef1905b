package org.nianbao.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.nianbao.ErrorCode;
import org.nianbao.Nianbao;
import org.nianbao.NianbaoException;
import org.nianbao.Options;
import org.nianbao.batch.DocumentStatus;
import org.nianbao.batch.InputProbe;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;
import org.nianbao.reconcile.ReportKind;

/**
 * The executor side: hashing an input and extracting one document, as the local batch runner
 * does it (same probe, same time and page limits, same statuses, codes and messages). Never
 * throws for a bad document: every outcome is a row, so one document fails only its own row.
 */
public final class DocumentTask {

  private static final ObjectMapper MAPPER = ReportJson.mapper();
  private static final AtomicInteger THREADS = new AtomicInteger();

  /**
   * One library instance per executor JVM, made on first use: Tesseract and OpenCV load once
   * and every task of the executor shares the instance (and its OCR queue, one thread per
   * processor the JVM sees: the job caps that at the executor's cores).
   */
  private static volatile Nianbao nianbao;

  private DocumentTask() {}

  static Nianbao library(Options options) {
    Nianbao n = nianbao;
    if (n == null) {
      synchronized (DocumentTask.class) {
        n = nianbao;
        if (n == null) {
          n = Nianbao.create(options);
          Nianbao made = n;
          Runtime.getRuntime().addShutdownHook(new Thread(made::close, "nianbao-close"));
          nianbao = n;
        }
      }
    }
    return n;
  }

  /** A HASHED row: size and sha256 of the input, or the read error. */
  static Row hash(String path, PortableDataStream stream) {
    try (InputStream in = stream.open()) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      long size = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
        size += n;
      }
      return RowFactory.create(path, size, HexFormat.of().formatHex(md.digest()), null, null);
    } catch (IOException | RuntimeException e) {
      return RowFactory.create(path, 0L, null, ErrorCode.IO_ERROR.name(), "cannot read: " + e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Extracts one input into a RESULT row; a failure is a failed row, never an exception. */
  static Row extract(String path, PortableDataStream stream, JobSettings settings,
      String version) {
    long t0 = System.nanoTime();
    Path dir = null;
    long size = 0;
    String sha256 = null;
    try {
      // PDFBox needs random access: a local copy, under the input's own name so that
      // source.file reads as in a local run; hashed as it is copied (the bytes extracted)
      dir = Files.createTempDirectory("nianbao-spark-");
      Path local = dir.resolve(fileName(path));
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new java.security.DigestInputStream(stream.open(), md)) {
        size = Files.copy(in, local);
      }
      sha256 = HexFormat.of().formatHex(md.digest());
      InputProbe.Result probe = InputProbe.probe(local);
      if (probe.rejected()) {
        return failed(path, size, sha256, probe.rejection(), probe.message(), null, 0, version);
      }
      Options options = settings.options();
      Nianbao lib = library(options);
      t0 = System.nanoTime();
      try {
        Report report = callWithin(() -> lib.extractFile(local, options), options.timeout());
        return extracted(path, size, sha256, report, options, version, secs(t0));
      } catch (TimeoutException e) {
        return failed(path, size, sha256, ErrorCode.TIMEOUT, "no result after "
            + options.timeout().toSeconds() + "s; extraction thread abandoned", null, secs(t0),
            version);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NianbaoException ne) {
          return failed(path, size, sha256, ne.code(), ne.getMessage(), pagesOf(ne), secs(t0),
              version);
        }
        if (cause instanceof OutOfMemoryError) {
          return failed(path, size, sha256, ErrorCode.INTERNAL, "out of memory ("
              + cause.getMessage() + "); more executor memory or fewer cores per executor may"
              + " let it through", null, secs(t0), version);
        }
        ErrorCode code = probe.suspicion() != null ? probe.suspicion() : ErrorCode.INTERNAL;
        return failed(path, size, sha256, code, String.valueOf(cause), null, secs(t0), version);
      }
    } catch (IOException e) {
      return failed(path, size, sha256, ErrorCode.IO_ERROR, "cannot read: " + e, null, secs(t0),
          version);
    } catch (InterruptedException e) {
      // the task is being killed (job cancelled): let Spark see it
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Throwable e) { // incl. OutOfMemoryError from a huge report
      return failed(path, size, sha256, ErrorCode.INTERNAL, String.valueOf(e), null, secs(t0),
          version);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static Row extracted(String path, long size, String sha256, Report report,
      Options options, String version, double seconds) throws IOException {
    if (report == null) {
      return failed(path, size, sha256, ErrorCode.INTERNAL, "extractor returned no report", null,
          seconds, version);
    }
    int pages = report.source() != null ? report.source().pageCount() : report.pages().size();
    if (options.maxPages() > 0 && pages > options.maxPages()) {
      return failed(path, size, sha256, ErrorCode.TOO_MANY_PAGES,
          pages + " pages, limit " + options.maxPages(), pages, seconds, version);
    }
    boolean clean = report.warnings().isEmpty() && report.failedCheckCount() == 0;
    boolean notAReport = report.warnings().stream()
        .anyMatch(w -> ReportKind.NOT_A_REPORT.equals(w.code()));
    DocumentStatus status = notAReport ? DocumentStatus.NOT_A_REPORT
        : clean ? DocumentStatus.OK : DocumentStatus.WARNINGS;
    String message = notAReport ? "not a disclosure report (no template table, no report title)"
        : clean ? null : report.warnings().size() + " warnings, " + report.failedCheckCount()
        + " failed checks";

    ObjectNode tree = ReportJson.toTree(report);
    ObjectNode line = MAPPER.createObjectNode();
    line.put("path", path);
    line.set("report", tree);
    Object[] v = new Object[Columns.WIDTH];
    fill(v, path, size, sha256, status, null, message, pages, seconds, version, null);
    JsonNode info = tree.path("report");
    v[Columns.ORGANIZATION] = info.hasNonNull("organization")
        ? info.get("organization").asText() : null;
    v[Columns.TEMPLATE] = info.hasNonNull("template") ? info.get("template").asText() : null;
    v[Columns.YEAR] = info.path("year").canConvertToInt() ? info.get("year").asInt() : null;
    v[Columns.CHECKS_FAILED] = (int) report.failedCheckCount();
    v[Columns.WARNINGS] = report.warnings().size();
    for (int i = 0; i < Columns.FIGURES.size(); i++) {
      JsonNode fig = tree.path("data");
      for (String part : Columns.FIGURES.get(i).split("\\.")) {
        fig = fig.path(part);
      }
      // counts are whole numbers; anything else (or unreadable) stays null, never rounded
      v[Columns.FIRST_FIGURE + i] = fig.isIntegralNumber() ? fig.asLong() : null;
    }
    v[Columns.JSON] = MAPPER.writeValueAsString(line);
    return RowFactory.create(v);
  }

  /** The row without its JSON line (for joins that need only the manifest fields). */
  static Row withoutJson(Row r) {
    Object[] v = new Object[Columns.WIDTH];
    for (int i = 0; i < Columns.WIDTH; i++) {
      v[i] = i == Columns.JSON ? null : r.get(i);
    }
    return RowFactory.create(v);
  }

  static Row failed(String path, long size, String sha256, ErrorCode code, String message,
      Integer pages, double seconds, String version) {
    Object[] v = new Object[Columns.WIDTH];
    fill(v, path, size, sha256, DocumentStatus.FAILED, code, message, pages, seconds, version,
        null);
    return RowFactory.create(v);
  }

  /** A duplicate of {@code original}: no output of its own, the original's pages and year. */
  static Row duplicate(String path, long size, String sha256, String original, Integer pages,
      Integer year, String version) {
    Object[] v = new Object[Columns.WIDTH];
    fill(v, path, size, sha256, DocumentStatus.DUPLICATE, null, null, pages, 0, version,
        original);
    v[Columns.YEAR] = year;
    return RowFactory.create(v);
  }

  /** A failed row with the failed original's code, as the local batch records it. */
  static Row failedLike(String path, long size, String sha256, Row original, String version) {
    Object[] v = new Object[Columns.WIDTH];
    String code = original.getString(Columns.ERROR_CODE);
    fill(v, path, size, sha256, DocumentStatus.FAILED,
        code == null ? null : ErrorCode.valueOf(code),
        "same content as " + original.getString(Columns.PATH) + ": "
            + original.getString(Columns.MESSAGE), null, 0, version,
        original.getString(Columns.PATH));
    return RowFactory.create(v);
  }

  private static void fill(Object[] v, String path, long size, String sha256,
      DocumentStatus status, ErrorCode code, String message, Integer pages, double seconds,
      String version, String duplicateOf) {
    v[Columns.PATH] = path;
    v[Columns.SIZE] = size;
    v[Columns.SHA256] = sha256;
    v[Columns.STATUS] = status.id();
    v[Columns.ERROR_CODE] = code == null ? null : code.name();
    v[Columns.MESSAGE] = message;
    v[Columns.PAGES] = pages;
    v[Columns.SECONDS] = Math.round(seconds * 1000) / 1000.0;
    v[Columns.VERSION] = version;
    v[Columns.TIMESTAMP] = Timestamp.from(Instant.now());
    v[Columns.DUPLICATE_OF] = duplicateOf;
  }

  /**
   * Runs the call on its own daemon thread and waits at most {@code timeout} (zero: forever).
   * Java cannot kill a thread: on timeout it is interrupted and abandoned, so the task (and the
   * executor's other documents) go on; being a daemon it never keeps the executor alive.
   */
  static <T> T callWithin(Callable<T> work, Duration timeout)
      throws ExecutionException, TimeoutException, InterruptedException {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, "nianbao-extract-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    t.start();
    try {
      return timeout.isZero() ? task.get() : task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      task.cancel(true);
      throw e;
    }
  }

  /** TOO_MANY_PAGES messages start with the count ("412 pages, limit ..."), as the batch reads. */
  static Integer pagesOf(NianbaoException e) {
    if (e.code() != ErrorCode.TOO_MANY_PAGES || e.getMessage() == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) pages\\b")
        .matcher(e.getMessage());
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The last segment of a Hadoop path or URI ({@code hdfs://nn/a/b.pdf} gives b.pdf). */
  static String fileName(String path) {
    String name = new org.apache.hadoop.fs.Path(path).getName();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "input.pdf" : name;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // a leftover temp file is harmless
        }
      });
    } catch (IOException ignored) {
      // as above
    }
  }
}
