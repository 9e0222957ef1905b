package org.nianbao.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable batch settings. Build with {@link #builder(Path)}; setters validate eagerly so a bad
 * value fails where it is set.
 */
public final class BatchOptions {

  private final Path outputDir;
  private final int jobs;
  private final Duration timeout;
  private final int maxPages;
  private final RerunPolicy rerun;
  private final ProgressMode progress;
  private final PrintStream progressOut;
  private final long memoryBudgetBytes;
  private final String toolVersion;
  private final java.util.Set<org.nianbao.emit.OutputFormat> outputFormats;
  private final WorkerLaunch workerLaunch;

  private BatchOptions(Builder b) {
    this.workerLaunch = b.workerLaunch;
    this.outputDir = b.outputDir;
    this.jobs = b.jobs;
    this.timeout = b.timeout;
    this.maxPages = b.maxPages;
    this.rerun = b.rerun;
    this.progress = b.progress;
    this.progressOut = b.progressOut;
    this.memoryBudgetBytes = b.memoryBudgetBytes;
    this.toolVersion = b.toolVersion;
    this.outputFormats = b.outputFormats;
  }

  /** A builder writing to {@code outputDir} (created if missing). */
  public static Builder builder(Path outputDir) {
    return new Builder(outputDir);
  }

  public Builder toBuilder() {
    Builder b = new Builder(outputDir);
    b.jobs = jobs;
    b.timeout = timeout;
    b.maxPages = maxPages;
    b.rerun = rerun;
    b.progress = progress;
    b.progressOut = progressOut;
    b.memoryBudgetBytes = memoryBudgetBytes;
    b.toolVersion = toolVersion;
    b.outputFormats = outputFormats;
    b.workerLaunch = workerLaunch;
    return b;
  }

  public Path outputDir() {
    return outputDir;
  }

  /** Documents extracted at the same time. */
  public int jobs() {
    return jobs;
  }

  /** Time limit per document; {@link Duration#ZERO} means none. */
  public Duration timeout() {
    return timeout;
  }

  /** Page limit per document; 0 means none. */
  public int maxPages() {
    return maxPages;
  }

  public RerunPolicy rerun() {
    return rerun;
  }

  public ProgressMode progress() {
    return progress;
  }

  public PrintStream progressOut() {
    return progressOut;
  }

  /** Upper bound on the summed memory estimates of documents in flight. */
  public long memoryBudgetBytes() {
    return memoryBudgetBytes;
  }

  /** Recorded per manifest line; a different version re-extracts everything on resume. */
  public String toolVersion() {
    return toolVersion;
  }

  /** The run's combined outputs written beside summary.csv (default: figures CSV and xlsx). */
  public java.util.Set<org.nianbao.emit.OutputFormat> outputFormats() {
    return outputFormats;
  }

  /** {@link Isolation#PROCESS} when a worker launch is set, else {@link Isolation#THREAD}. */
  public Isolation isolation() {
    return workerLaunch == null ? Isolation.THREAD : Isolation.PROCESS;
  }

  /** How worker processes are started; null with {@link Isolation#THREAD}. */
  public WorkerLaunch workerLaunch() {
    return workerLaunch;
  }

  @Override
  public String toString() {
    return "BatchOptions[out=" + outputDir + ", jobs=" + jobs + ", timeout=" + timeout
        + ", isolation=" + isolation()
        + ", maxPages=" + maxPages + ", rerun=" + rerun + ", progress=" + progress
        + ", memoryBudget=" + memoryBudgetBytes + ", version=" + toolVersion + "]";
  }

  /** The version in the jar manifest, or "dev" when running from classes. */
  public static String defaultToolVersion() {
    String v = BatchOptions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Mutable builder; {@link #build()} gives an immutable {@link BatchOptions}. */
  public static final class Builder {
    private final Path outputDir;
    private int jobs = Runtime.getRuntime().availableProcessors();
    private Duration timeout = Duration.ofMinutes(10);
    private int maxPages = 0;
    private RerunPolicy rerun = RerunPolicy.RESUME;
    private ProgressMode progress = ProgressMode.AUTO;
    private PrintStream progressOut = System.err;
    // Most of the heap, leaving room for the runner itself and for estimates that are too low.
    private long memoryBudgetBytes = Runtime.getRuntime().maxMemory() / 10 * 6;
    private String toolVersion = defaultToolVersion();
    private java.util.Set<org.nianbao.emit.OutputFormat> outputFormats = java.util.Set.copyOf(
        java.util.EnumSet.of(org.nianbao.emit.OutputFormat.FIGURES_CSV,
            org.nianbao.emit.OutputFormat.XLSX));
    private WorkerLaunch workerLaunch;

    private Builder(Path outputDir) {
      this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    }

    public Builder jobs(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("jobs must be >= 1: " + v);
      }
      this.jobs = v;
      return this;
    }

    public Builder timeout(Duration v) {
      Objects.requireNonNull(v, "timeout");
      if (v.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative: " + v);
      }
      this.timeout = v;
      return this;
    }

    public Builder maxPages(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("maxPages must be >= 0: " + v);
      }
      this.maxPages = v;
      return this;
    }

    public Builder rerun(RerunPolicy v) {
      this.rerun = Objects.requireNonNull(v, "rerun");
      return this;
    }

    public Builder progress(ProgressMode v) {
      this.progress = Objects.requireNonNull(v, "progress");
      return this;
    }

    public Builder progressOut(PrintStream v) {
      this.progressOut = Objects.requireNonNull(v, "progressOut");
      return this;
    }

    public Builder memoryBudgetBytes(long v) {
      if (v < 1 << 20) {
        throw new IllegalArgumentException("memory budget must be >= 1 MiB: " + v);
      }
      this.memoryBudgetBytes = v;
      return this;
    }

    public Builder toolVersion(String v) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("toolVersion must not be blank");
      }
      this.toolVersion = v;
      return this;
    }

    /** Combined outputs to write beside summary.csv; empty for none. */
    public Builder outputFormats(java.util.Set<org.nianbao.emit.OutputFormat> v) {
      this.outputFormats = java.util.Set.copyOf(Objects.requireNonNull(v, "outputFormats"));
      return this;
    }

    /**
     * Extracts in worker processes started by {@code launch} ({@link Isolation#PROCESS}); the
     * runner's {@link DocumentExtractor} is then not called, the workers' is. Null: on this
     * JVM's threads (the default).
     */
    public Builder processIsolation(WorkerLaunch launch) {
      this.workerLaunch = launch;
      return this;
    }

    public BatchOptions build() {
      return new BatchOptions(this);
    }
  }
}
