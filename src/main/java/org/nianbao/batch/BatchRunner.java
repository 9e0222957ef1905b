package org.nianbao.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;
import org.nianbao.reconcile.ReportKind;

/**
 * Extracts many PDFs into one output folder: bounded parallelism and memory, per-document time
 * and page limits, one manifest line per finished input, resumable, and a summary.csv at the
 * end. One bad document never stops the run: everything a document throws becomes a failed
 * manifest line with an {@link ErrorCode}. Only problems with the output folder itself (cannot
 * create it, cannot append to the manifest, another run holds it) end a run with IOException.
 *
 * <p>A run: expand folders to PDFs; hash every input (in parallel); plan (skip what an earlier
 * run finished, group identical bytes: the first input in path order is extracted, the others
 * become duplicates of it); extract the rest on {@code jobs} workers; rebuild summary.csv.
 */
public final class BatchRunner {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BatchOptions options;
  private final DocumentExtractor extractor;

  public BatchRunner(BatchOptions options, DocumentExtractor extractor) {
    this.options = Objects.requireNonNull(options, "options");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** One input after hashing. {@code sha256} is null when it could not be read. */
  private record Input(String key, Path path, long size, String sha256, ErrorCode readError,
      String readMessage) {}

  /** Work for one extraction: the primary and the inputs with the same bytes. */
  private record Job(Input primary, String output, List<Input> duplicates) {}

  /**
   * Runs the batch over files and folders (folders contribute every *.pdf below them).
   *
   * @throws IOException when the output folder cannot be used; per-document problems never throw
   */
  public BatchResult run(List<Path> inputs) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Path out = options.outputDir().toAbsolutePath().normalize();
    Files.createDirectories(out);
    try (OutputLock lock = OutputLock.acquire(out);
        ProgressReporter progress =
            ProgressReporter.create(options.progress(), options.progressOut())) {
      removeStaleTempFiles(out);
      List<Path> files = InputFiles.expand(inputs);
      progress.phase("hashing " + files.size() + " inputs");
      List<Input> hashed = hashAll(files);

      Counts counts = new Counts();
      List<Job> jobs = new ArrayList<>();
      List<ManifestEntry> immediate = new ArrayList<>();
      try (Manifest manifest = Manifest.open(out)) {
        plan(hashed, manifest.latestAtOpen(), out, jobs, immediate, counts);
        progress.start(hashed.size() - counts.skipped.get(), counts.skipped.get());
        for (ManifestEntry e : immediate) {
          record(manifest, progress, counts, e);
        }
        extractAll(jobs, out, manifest, progress, counts);
      }
      progress.phase("writing " + SummaryCsv.FILE_NAME);
      Path summary = SummaryCsv.write(out);
      return counts.result(hashed.size(), (System.nanoTime() - t0) / 1e9,
          out.resolve(Manifest.FILE_NAME), summary);
    }
  }

  // ---- hashing and planning -------------------------------------------------------------

  private List<Input> hashAll(List<Path> files) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), named("nianbao-hash"));
    try {
      List<Future<Input>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> hash(f)));
      }
      List<Input> result = new ArrayList<>();
      for (Future<Input> fu : futures) {
        try {
          result.add(fu.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("hash() catches everything", e);
        }
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Input hash(Path f) {
    String key = f.toString();
    if (!Files.isRegularFile(f)) {
      return new Input(key, f, 0, null, ErrorCode.NOT_FOUND, "no such file: " + f);
    }
    try {
      return new Input(key, f, Files.size(f), FileHash.sha256(f), null, null);
    } catch (IOException | RuntimeException e) {
      return new Input(key, f, 0, null, ErrorCode.IO_ERROR, "cannot read: " + e);
    }
  }

  private void plan(List<Input> inputs, Map<String, ManifestEntry> earlier, Path out,
      List<Job> jobs, List<ManifestEntry> immediate, Counts counts) {
    boolean resume = options.rerun() == RerunPolicy.RESUME;
    Map<String, String> earlierNames = new HashMap<>();
    earlier.values().stream()
        .filter(e -> e.output() != null && e.status() != DocumentStatus.DUPLICATE)
        .forEach(e -> earlierNames.put(e.path(), e.output()));
    Map<String, String> names = OutputNames.assign(
        inputs.stream().map(Input::key).toList(), earlierNames, earlier.keySet());

    // Reusable earlier outputs by content, for duplicates across runs (RESUME only).
    Map<String, ManifestEntry> doneBySha = new HashMap<>();
    if (resume) {
      for (ManifestEntry e : earlier.values()) {
        if (isReusable(e, out) && e.status() != DocumentStatus.DUPLICATE) {
          doneBySha.putIfAbsent(e.sha256(), e);
        }
      }
    }

    Map<String, List<Input>> bySha = new LinkedHashMap<>();
    for (Input in : inputs) {
      if (in.sha256() == null) {
        immediate.add(failed(in, in.readError(), in.readMessage(), null, null, 0));
        continue;
      }
      ManifestEntry prev = earlier.get(in.key());
      if (resume && prev != null && in.sha256().equals(prev.sha256()) && isReusable(prev, out)) {
        counts.skipped.incrementAndGet();
        continue;
      }
      bySha.computeIfAbsent(in.sha256(), k -> new ArrayList<>()).add(in);
    }
    for (List<Input> group : bySha.values()) {
      ManifestEntry anchor = doneBySha.get(group.get(0).sha256());
      if (anchor != null) {
        for (Input in : group) {
          immediate.add(duplicate(in, anchor.output(), anchor.path(), anchor.pages()));
        }
      } else {
        Input primary = group.get(0);
        jobs.add(new Job(primary, names.get(primary.key()), group.subList(1, group.size())));
      }
    }
  }

  /** Done by this tool version, and its output (own, or the original's) still parses. */
  private boolean isReusable(ManifestEntry e, Path out) {
    if (!e.status().succeeded() || e.status() == DocumentStatus.SKIPPED || e.output() == null
        || e.sha256() == null || !options.toolVersion().equals(e.toolVersion())) {
      return false;
    }
    try {
      return MAPPER.readTree(out.resolve(e.output()).toFile()).isObject();
    } catch (IOException | RuntimeException ex) {
      return false;
    }
  }

  // ---- extraction -----------------------------------------------------------------------

  private void extractAll(List<Job> jobs, Path out, Manifest manifest, ProgressReporter progress,
      Counts counts) throws IOException, InterruptedException {
    MemoryBudget budget = new MemoryBudget(options.memoryBudgetBytes());
    AtomicReference<IOException> fatal = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), named("nianbao-batch"));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> {
          if (fatal.get() != null) {
            return null;
          }
          ManifestEntry e = extractOne(job.primary(), job.output(), out, budget, counts);
          try {
            record(manifest, progress, counts, e);
            for (Input dup : job.duplicates()) {
              record(manifest, progress, counts, e.status() == DocumentStatus.FAILED
                  ? failed(dup, e.errorCode(), "same content as " + e.path() + ": "
                      + e.message(), e.path(), null, 0)
                  : duplicate(dup, e.output(), e.path(), e.pages()));
            }
          } catch (IOException ex) {
            fatal.compareAndSet(null, ex);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("a batch task let an exception escape", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
      counts.abandoned = counts.calls.abandonedTotal();
      counts.stillRunning = counts.calls.stillRunningAbandoned();
    }
    if (fatal.get() != null) {
      throw new IOException("cannot append to the manifest; run stopped", fatal.get());
    }
  }

  /** Never throws (but InterruptedException): every outcome becomes a manifest entry. */
  private ManifestEntry extractOne(Input in, String output, Path out, MemoryBudget budget,
      Counts counts) throws InterruptedException {
    InputProbe.Result probe = InputProbe.probe(in.path());
    if (probe.rejected()) {
      return failed(in, probe.rejection(), probe.message(), null, null, 0);
    }
    long t0 = System.nanoTime();
    try (MemoryBudget.Lease lease = budget.acquire(MemoryBudget.estimate(in.size()))) {
      t0 = System.nanoTime();
      Report report = counts.calls.call(() -> extractor.extract(in.path()), options.timeout());
      if (report == null) {
        return failed(in, ErrorCode.INTERNAL, "extractor returned no report", null, null, secs(t0));
      }
      int pages = report.source() != null ? report.source().pageCount() : report.pages().size();
      if (options.maxPages() > 0 && pages > options.maxPages()) {
        return failed(in, ErrorCode.TOO_MANY_PAGES,
            pages + " pages, limit " + options.maxPages(), null, pages, secs(t0));
      }
      AtomicFiles.write(out.resolve(output), os -> ReportJson.write(report, os));
      boolean clean = report.warnings().isEmpty() && report.failedCheckCount() == 0;
      boolean notAReport = report.warnings().stream()
          .anyMatch(w -> ReportKind.NOT_A_REPORT.equals(w.code()));
      DocumentStatus status = notAReport ? DocumentStatus.NOT_A_REPORT
          : clean ? DocumentStatus.OK : DocumentStatus.WARNINGS;
      return new ManifestEntry(in.key(), output, in.size(), in.sha256(), status, null,
          notAReport ? "not a disclosure report (no template table, no report title)"
              : clean ? null : report.warnings().size() + " warnings, "
              + report.failedCheckCount() + " failed checks",
          pages, secs(t0), options.toolVersion(), Instant.now(), null);
    } catch (TimeoutException e) {
      return failed(in, ErrorCode.TIMEOUT, "no result after " + options.timeout().toSeconds()
          + "s; extraction thread abandoned", null, null, secs(t0));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NianbaoException ne) {
        return failed(in, ne.code(), ne.getMessage(), null, null, secs(t0));
      }
      // An untyped failure on a file the probe found suspicious is most likely that.
      ErrorCode code = probe.suspicion() != null ? probe.suspicion() : ErrorCode.INTERNAL;
      return failed(in, code, String.valueOf(cause), null, null, secs(t0));
    } catch (IOException e) {
      return failed(in, ErrorCode.IO_ERROR, "cannot write output: " + e, null, null, secs(t0));
    } catch (InterruptedException e) {
      throw e;
    } catch (Throwable e) { // incl. OutOfMemoryError from building or writing a huge report
      return failed(in, ErrorCode.INTERNAL, String.valueOf(e), null, null, secs(t0));
    }
  }

  private void record(Manifest manifest, ProgressReporter progress, Counts counts,
      ManifestEntry e) throws IOException {
    manifest.append(e);
    counts.add(e);
    progress.done(e);
  }

  private ManifestEntry failed(Input in, ErrorCode code, String message, String duplicateOf,
      Integer pages, double seconds) {
    return new ManifestEntry(in.key(), null, in.size(), in.sha256(), DocumentStatus.FAILED,
        code, message, pages, seconds, options.toolVersion(), Instant.now(), duplicateOf);
  }

  private ManifestEntry duplicate(Input in, String output, String original, Integer pages) {
    return new ManifestEntry(in.key(), output, in.size(), in.sha256(), DocumentStatus.DUPLICATE,
        null, null, pages, 0, options.toolVersion(), Instant.now(), original);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** AtomicFiles temp files ({@code .name.123.tmp}) left behind by a killed run. */
  private static void removeStaleTempFiles(Path out) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out, ".*.tmp")) {
      for (Path p : ds) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Thread-safe tallies of one run. */
  private static final class Counts {
    final AbandonableCalls calls = new AbandonableCalls();
    final AtomicInteger skipped = new AtomicInteger();
    final Map<DocumentStatus, AtomicInteger> byStatus = new EnumMap<>(DocumentStatus.class);
    final Map<ErrorCode, Integer> failures = new EnumMap<>(ErrorCode.class);
    final List<ManifestEntry> failedEntries = new ArrayList<>();
    final AtomicLong pages = new AtomicLong();
    int abandoned;
    int stillRunning;

    Counts() {
      for (DocumentStatus s : DocumentStatus.values()) {
        byStatus.put(s, new AtomicInteger());
      }
    }

    void add(ManifestEntry e) {
      byStatus.get(e.status()).incrementAndGet();
      if (e.errorCode() != null) {
        synchronized (failures) {
          failures.merge(e.errorCode(), 1, Integer::sum);
          if (e.status() == DocumentStatus.FAILED) {
            failedEntries.add(e);
          }
        }
      }
      if (e.pages() != null && e.status() != DocumentStatus.DUPLICATE) {
        pages.addAndGet(e.pages());
      }
    }

    BatchResult result(int total, double seconds, Path manifest, Path summary) {
      synchronized (failures) {
        return new BatchResult(total, byStatus.get(DocumentStatus.OK).get(),
            byStatus.get(DocumentStatus.WARNINGS).get(),
            byStatus.get(DocumentStatus.NOT_A_REPORT).get(),
            byStatus.get(DocumentStatus.FAILED).get(),
            skipped.get(), byStatus.get(DocumentStatus.DUPLICATE).get(), pages.get(), seconds,
            failures, failedEntries, abandoned, stillRunning, manifest, summary);
      }
    }
  }
}
