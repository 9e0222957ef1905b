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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.nianbao.ErrorCode;
import org.nianbao.emit.AtomicFiles;
import org.nianbao.emit.ReportJson;
import org.nianbao.model.Report;

/**
 * Extracts many PDFs into one output folder: bounded parallelism and memory, per-document time
 * and page limits, one manifest line per finished input, resumable, and a summary.csv at the
 * end. One bad document never stops the run: everything a document throws becomes a failed
 * manifest line with an {@link ErrorCode}. Only problems with the output folder itself (cannot
 * create it, cannot append to the manifest, another run holds it) end a run with IOException.
 *
 * <p>A run: expand folders to PDFs; read every input (in parallel) for its size and CRC-32C,
 * and SHA-256 those that may equal another input or an earlier run's (same size and checksum,
 * or an earlier manifest line of the same size); plan (skip what an earlier run finished, group
 * identical bytes: the first input in path order is extracted, the others become duplicates of
 * it); extract the rest on {@code jobs} workers; rebuild summary.csv.
 */
public final class BatchRunner {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BatchOptions options;
  private final DocumentExtractor extractor;

  /**
   * @param extractor extracts each document; unused (and may be null) with
   *     {@link Isolation#PROCESS}, where the workers bring their own
   */
  public BatchRunner(BatchOptions options, DocumentExtractor extractor) {
    this.options = Objects.requireNonNull(options, "options");
    this.extractor = options.isolation() == Isolation.PROCESS ? extractor
        : Objects.requireNonNull(extractor, "extractor");
    this.extracting = new java.util.concurrent.Semaphore(options.jobs());
  }

  /**
   * One input after planning's read. {@code sha256} is null when it could not be read
   * ({@code readError} says why) and when no other input nor an earlier run's line can hold the
   * same bytes (then its hash is taken once, while it is copied for extraction).
   */
  private record Input(String key, Path path, long size, String sha256, ErrorCode readError,
      String readMessage) {
    boolean readable() {
      return readError == null;
    }
  }

  /** Work for one extraction: the primary and the inputs with the same bytes. */
  private record Job(Input primary, String output, List<Input> duplicates) {}

  /** Extractions running at once: {@code jobs}, whatever the pool's threads are doing. */
  private final java.util.concurrent.Semaphore extracting;

  /** Output file name per input key, assigned when planning. */
  private Map<String, String> names = Map.of();

  /**
   * Runs the batch over files and folders (folders contribute every *.pdf below them).
   *
   * @throws IOException when the output folder cannot be used; per-document problems never throw
   */
  public BatchResult run(List<Path> inputs) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Path out = options.outputDir().toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IOException("not a folder: " + InputNames.display(out));
    }
    Files.createDirectories(out);
    try (OutputLock lock = OutputLock.acquire(out);
        ProgressReporter progress =
            ProgressReporter.create(options.progress(), options.progressOut())) {
      java.util.concurrent.atomic.AtomicReference<Manifest> open =
          new java.util.concurrent.atomic.AtomicReference<>();
      Thread hook = new Thread(() -> onTermination(out, lock, open.get()), "nianbao-interrupted");
      Runtime.getRuntime().addShutdownHook(hook);
      WorkerPool workers = null;
      try {
        removeStaleTempFiles(out);
        List<Path> files = InputFiles.expand(inputs);
        // A fresh output folder has nothing to skip, so every readable input goes to a worker:
        // the workers start now and load while the inputs are hashed and planned (a JVM's start
        // is most of one small report's time). Otherwise they start once there is work.
        if (options.isolation() == Isolation.PROCESS && !files.isEmpty()
            && !Files.exists(out.resolve(Manifest.FILE_NAME))) {
          workers = new WorkerPool(options.workerLaunch(), Math.min(options.jobs(), files.size()));
        }
        Counts counts = new Counts();
        List<Job> jobs = new ArrayList<>();
        List<Input> immediate = new ArrayList<>();
        List<Input> hashed;
        try (Manifest manifest = Manifest.open(out)) {
          open.set(manifest);
          progress.phase("hashing " + files.size() + " inputs");
          hashed = hashAll(files, manifest.latestAtOpen().values());
          Map<Input, ManifestEntry> anchors = new HashMap<>();
          plan(hashed, manifest.latestAtOpen(), out, jobs, immediate, anchors, counts);
          progress.start(hashed.size() - counts.skipped.get(), counts.skipped.get());
          for (Input in : immediate) {
            ManifestEntry anchor = anchors.get(in);
            record(manifest, progress, counts, anchor == null
                ? failed(in, in.readError(), in.readMessage(), null, null, 0)
                : duplicate(in, names.get(in.key()), out, anchor.output(), anchor.path(),
                    anchor.pages()));
          }
          extractAll(jobs, out, manifest, progress, counts, workers);
        }
        progress.phase("writing " + SummaryCsv.FILE_NAME);
        // each output parsed once for both
        OutputTrees outputs = RunTables.outputs(out, options.outputFormats(),
            !options.outputFormats().isEmpty());
        Path summary = SummaryCsv.write(out, outputs);
        if (!options.outputFormats().isEmpty()) {
          progress.phase("writing " + options.outputFormats());
          RunTables.write(out, options.outputFormats(), outputs);
        }
        return counts.result(hashed.size(), (System.nanoTime() - t0) / 1e9,
            out.resolve(Manifest.FILE_NAME), summary);
      } finally {
        if (workers != null) {
          workers.close(); // started early but given no job, or already closed
        }
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or has run
        }
      }
    }
  }

  /**
   * SIGTERM or Ctrl-C mid-run: what is in the manifest is done (each line was fsynced), so the
   * summary is written from it, and the user is told. Extraction threads are not waited for.
   */
  private void onTermination(Path out, OutputLock lock, Manifest manifest) {
    if (manifest != null) {
      manifest.seal(); // workers go on until the JVM halts: their results are not recorded
    }
    String summary;
    try {
      SummaryCsv.write(out);
      summary = InputNames.display(out.resolve(SummaryCsv.FILE_NAME)) + " written";
    } catch (IOException | RuntimeException e) {
      summary = "summary.csv not written: " + e.getMessage();
    }
    lock.deleteFile();
    options.progressOut().println();
    options.progressOut().println("nianbao: interrupted; finished inputs are in the manifest, "
        + summary + "; run the same command again to go on");
    options.progressOut().flush();
  }

  // ---- hashing and planning -------------------------------------------------------------

  /**
   * Reads every input for its size and CRC-32C, then takes the SHA-256 of those whose bytes
   * another input or an earlier run's line may share: same size and checksum as another input,
   * or the size of an earlier line with a hash. Any other input is unique by its size or
   * checksum alone, and its hash is taken when it is copied for extraction (SHA-256 of every
   * input here as well was a third of a batch runner's own CPU).
   */
  private List<Input> hashAll(List<Path> files, java.util.Collection<ManifestEntry> earlier)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), named("nianbao-hash"));
    try {
      List<Read> reads = all(pool, files.stream().map(f -> (java.util.concurrent.Callable<Read>)
          () -> read(f)).toList());
      java.util.Set<Long> earlierSizes = new java.util.HashSet<>();
      for (ManifestEntry e : earlier) {
        if (e.sha256() != null) {
          earlierSizes.add(e.size());
        }
      }
      Map<List<Long>, Integer> sameChecksum = new HashMap<>();
      for (Read r : reads) {
        if (r.input().readable()) {
          sameChecksum.merge(List.of(r.input().size(), r.crc()), 1, Integer::sum);
        }
      }
      List<java.util.concurrent.Callable<Input>> tasks = new ArrayList<>();
      for (Read r : reads) {
        Input in = r.input();
        boolean mayEqual = in.readable()
            && (sameChecksum.get(List.of(in.size(), r.crc())) > 1
                || earlierSizes.contains(in.size()));
        tasks.add(mayEqual ? () -> hash(in.path()) : () -> in);
      }
      return all(pool, tasks);
    } finally {
      pool.shutdownNow();
    }
  }

  /** An input's size and CRC-32C, or why it cannot be read. */
  private record Read(Input input, long crc) {}

  private static <T> List<T> all(ExecutorService pool,
      List<java.util.concurrent.Callable<T>> tasks) throws InterruptedException {
    List<Future<T>> futures = new ArrayList<>();
    for (java.util.concurrent.Callable<T> t : tasks) {
      futures.add(pool.submit(t));
    }
    List<T> result = new ArrayList<>();
    for (Future<T> fu : futures) {
      try {
        result.add(fu.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("read() and hash() catch everything", e);
      }
    }
    return result;
  }

  private static Read read(Path f) {
    String key = InputNames.display(f);
    if (!Files.isRegularFile(f)) {
      return new Read(new Input(key, f, 0, null, ErrorCode.NOT_FOUND, "no such file: " + key),
          0);
    }
    try {
      long size = Files.size(f);
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      byte[] buf = new byte[1 << 16];
      try (java.io.InputStream in = Files.newInputStream(f)) {
        for (int n; (n = in.read(buf)) > 0; ) {
          crc.update(buf, 0, n);
        }
      }
      return new Read(new Input(key, f, size, null, null, null), crc.getValue());
    } catch (IOException | RuntimeException e) {
      return new Read(new Input(key, f, 0, null, ErrorCode.IO_ERROR, "cannot read: " + e), 0);
    }
  }

  private static Input hash(Path f) {
    String key = InputNames.display(f);
    if (!Files.isRegularFile(f)) {
      return new Input(key, f, 0, null, ErrorCode.NOT_FOUND, "no such file: " + key);
    }
    try {
      return new Input(key, f, Files.size(f), FileHash.sha256(f), null, null);
    } catch (IOException | RuntimeException e) {
      return new Input(key, f, 0, null, ErrorCode.IO_ERROR, "cannot read: " + e);
    }
  }

  private void plan(List<Input> inputs, Map<String, ManifestEntry> earlier, Path out,
      List<Job> jobs, List<Input> immediate, Map<Input, ManifestEntry> anchors, Counts counts) {
    boolean resume = options.rerun() == RerunPolicy.RESUME;
    Map<String, String> earlierNames = new HashMap<>();
    java.util.Set<String> primaryOutputs = new java.util.HashSet<>();
    earlier.values().stream()
        .filter(e -> e.output() != null && e.status() != DocumentStatus.DUPLICATE)
        .forEach(e -> {
          earlierNames.put(e.path(), e.output());
          primaryOutputs.add(e.output());
        });
    // Duplicates now have their own outputs; lines written before that point at
    // their original's output, which is not theirs to keep.
    earlier.values().stream()
        .filter(e -> e.output() != null && e.status() == DocumentStatus.DUPLICATE
            && !primaryOutputs.contains(e.output()))
        .forEach(e -> earlierNames.put(e.path(), e.output()));
    names = OutputNames.assign(
        inputs.stream().map(Input::key).toList(), earlierNames, earlier.keySet());

    // Reusable earlier outputs by content, for duplicates across runs (RESUME only).
    Map<String, ManifestEntry> doneBySha = new HashMap<>();
    if (resume) {
      for (ManifestEntry e : earlier.values()) {
        if (e.status() != DocumentStatus.DUPLICATE && isReusable(e, out)) {
          doneBySha.putIfAbsent(e.sha256(), e);
        }
      }
    }

    // an input without a hash shares its bytes with no other input nor earlier line: a group
    // of its own
    Map<String, List<Input>> bySha = new LinkedHashMap<>();
    for (Input in : inputs) {
      if (!in.readable()) {
        immediate.add(in);
        continue;
      }
      ManifestEntry prev = earlier.get(in.key());
      if (resume && prev != null && in.sha256() != null && in.sha256().equals(prev.sha256())
          && isReusable(prev, out)) {
        counts.skipped.incrementAndGet();
        continue;
      }
      bySha.computeIfAbsent(in.sha256() != null ? in.sha256() : "unhashed " + in.key(),
          k -> new ArrayList<>()).add(in);
    }
    for (List<Input> group : bySha.values()) {
      String sha = group.get(0).sha256();
      ManifestEntry anchor = sha == null ? null : doneBySha.get(sha);
      if (anchor != null) {
        for (Input in : group) {
          immediate.add(in);
          anchors.put(in, anchor);
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
      com.fasterxml.jackson.databind.JsonNode doc = MAPPER.readTree(
          Files.readAllBytes(InputNames.resolve(out, e.output())));
      // an output naming another input is not this one's (e.g. a duplicate's from before
      // duplicates had their own)
      String file = e.path().substring(e.path().lastIndexOf('/') + 1);
      return doc.isObject() && file.equals(doc.path("source").path("file").asText());
    } catch (IOException | RuntimeException ex) {
      return false;
    }
  }

  // ---- extraction -----------------------------------------------------------------------

  /** @param started workers started before planning, or null: they are started here */
  private void extractAll(List<Job> jobs, Path out, Manifest manifest, ProgressReporter progress,
      Counts counts, WorkerPool started) throws IOException, InterruptedException {
    // A worker's heap bounds its own document; this JVM's budget is for documents on its threads.
    MemoryBudget budget = new MemoryBudget(options.isolation() == Isolation.PROCESS
        ? Long.MAX_VALUE : options.memoryBudgetBytes());
    AtomicReference<IOException> fatal = new AtomicReference<>();
    // One thread more than extractions at once: a finished document's output and manifest line
    // (each fsynced) are written while the next extraction already runs on its core.
    ExecutorService pool =
        Executors.newFixedThreadPool(options.jobs() + 1, named("nianbao-batch"));
    WorkerPool workers = options.isolation() != Isolation.PROCESS ? null
        : started != null ? started
        : new WorkerPool(options.workerLaunch(), Math.min(options.jobs(), jobs.size()));
    if (workers != null && !jobs.isEmpty()) {
      RunTables.prepareInBackground(options.outputFormats());
    }
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> {
          if (fatal.get() != null) {
            return null;
          }
          ManifestEntry e =
              extractOne(job.primary(), job.output(), out, budget, workers, counts, progress);
          try {
            record(manifest, progress, counts, e);
            for (Input dup : job.duplicates()) {
              ManifestEntry d;
              if (e.status() == DocumentStatus.FAILED) {
                d = failed(dup, e.errorCode(), "same content as " + e.path() + ": "
                    + e.message(), e.path(), null, 0);
              } else if (!e.sha256().equals(dup.sha256())) {
                // the original changed after hashing: this one is no copy of what was read
                d = extractOne(dup, names.get(dup.key()), out, budget, workers, counts, progress);
              } else {
                d = duplicate(dup, names.get(dup.key()), out, e.output(), e.path(), e.pages());
              }
              record(manifest, progress, counts, d);
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
      if (workers != null) {
        workers.close();
      }
      counts.abandoned = counts.calls.abandonedTotal();
      counts.stillRunning = counts.calls.stillRunningAbandoned();
    }
    if (fatal.get() != null) {
      throw new IOException("cannot append to the manifest; run stopped", fatal.get());
    }
  }

  /** Never throws (but InterruptedException): every outcome becomes a manifest entry. */
  private ManifestEntry extractOne(Input in, String output, Path out, MemoryBudget budget,
      WorkerPool workers, Counts counts, ProgressReporter progress) throws InterruptedException {
    String fileName = in.key().substring(in.key().lastIndexOf('/') + 1);
    org.nianbao.Options.PageListener pages = (page, n) -> progress.page(in.key(), page, n);
    // in worker processes the pages are told through the worker's answers
    DocumentExtractor paged = extractor == null ? null : extractor.withPages(pages);
    DocumentRun.Outcome o;
    extracting.acquire();
    try {
      o = DocumentRun.run(in.path(), fileName, out, paged,
          new DocumentRun.Limits(options.timeout(), options.maxPages(), counts.calls, budget,
              workers, pages));
    } finally {
      extracting.release();
    }
    Input read = o.sha256() == null ? in
        : new Input(in.key(), in.path(), o.size(), o.sha256(), null, null);
    if (o.failed()) {
      return failed(read, o.code(), o.message(), null, o.pages(), o.seconds());
    }
    Report report = o.report();
    DocumentRun.Written written = o.written();
    try {
      AtomicFiles.write(InputNames.resolve(out, output), written != null
          ? os -> Files.copy(written.file(), os) : os -> ReportJson.write(report, os));
    } catch (IOException e) {
      return failed(read, ErrorCode.IO_ERROR, "cannot write output: " + e, null, o.pages(),
          o.seconds());
    } catch (RuntimeException | OutOfMemoryError e) {
      return failed(read, ErrorCode.INTERNAL, "cannot write output: " + e, null, o.pages(),
          o.seconds());
    } finally {
      if (written != null) {
        try {
          Files.deleteIfExists(written.file());
        } catch (IOException ignored) {
          // removed as stale by the next run in this folder
        }
      }
    }
    DocumentRun.Summary s = o.summary();
    boolean clean = s.warnings() == 0 && s.failedChecks() == 0;
    DocumentStatus status = s.notAReport() ? DocumentStatus.NOT_A_REPORT
        : clean ? DocumentStatus.OK : DocumentStatus.WARNINGS;
    return new ManifestEntry(in.key(), output, o.size(), o.sha256(), status, null,
        s.notAReport() ? "not a disclosure report (no template table, no report title)"
            : clean ? null : s.warnings() + " warnings, "
            + s.failedChecks() + " failed checks",
        o.pages(), o.seconds(), options.toolVersion(), Instant.now(), null);
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

  /**
   * A duplicate gets its own output: the original's, naming this input in
   * {@code source.file}.
   */
  private ManifestEntry duplicate(Input in, String output, Path out, String originalOutput,
      String original, Integer pages) {
    String fileName = in.key().substring(in.key().lastIndexOf('/') + 1);
    try {
      DuplicateOutputs.copy(InputNames.resolve(out, originalOutput),
          InputNames.resolve(out, output), fileName);
    } catch (IOException | RuntimeException e) {
      return failed(in, ErrorCode.IO_ERROR, "cannot copy the output of " + original + ": " + e,
          original, pages, 0);
    }
    return new ManifestEntry(in.key(), output, in.size(), in.sha256(), DocumentStatus.DUPLICATE,
        null, null, pages, 0, options.toolVersion(), Instant.now(), original);
  }

  /**
   * Temp files of a killed run ({@code .nianbao-*.tmp}: outputs being written, input copies).
   * Only ours: the default output folder is the current one, which holds the user's files.
   */
  private static void removeStaleTempFiles(Path out) throws IOException {
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(out, DocumentRun.TEMP_PREFIX + "*.tmp")) {
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
