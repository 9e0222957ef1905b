package org.nianbao.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start one extraction worker ({@link Isolation#PROCESS}) and how much memory it may hold.
 * A worker's resident memory is its heap plus native memory the heap does not count: the JVM
 * itself (classes, compiled code, thread stacks), Tesseract's models and page images, OpenCV,
 * and direct buffers. A worker whose resident set exceeds {@link #rssLimitBytes()} after a
 * document is replaced by a fresh one, so native memory cannot creep up over a long run.
 *
 * @param command the worker's command line; it must serve {@link ExtractionWorker}'s protocol
 *     on its standard input and output
 * @param heapBytes the worker's -Xmx
 * @param nativeAllowanceBytes resident memory allowed beyond the heap
 * @param environment variables set for the worker on top of this process's (a secret such as a
 *     PDF password goes here, not on the command line other users can read)
 */
public record WorkerLaunch(List<String> command, long heapBytes, long nativeAllowanceBytes,
    Map<String, String> environment) {

  private static final long MIB = 1L << 20;
  /** Heap per worker unless told otherwise: a 300-page born-digital bundle fits in it. */
  public static final long DEFAULT_HEAP_BYTES = 384 * MIB;
  /**
   * Native memory per worker beyond its heap: the JVM's own (about 100 MiB), Tesseract with the
   * chi_sim model (about 60 MiB), OpenCV, and a few 300 dpi page images (9 to 27 MiB each).
   */
  public static final long DEFAULT_NATIVE_ALLOWANCE_BYTES = 320 * MIB;
  /** System property: a class-data archive (-XX:SharedArchiveFile) for every worker. */
  public static final String ARCHIVE_PROPERTY = "nianbao.worker.archive";
  /** System property: JVM options added to every worker's command line, separated by spaces. */
  public static final String JVM_OPTIONS_PROPERTY = "nianbao.worker.jvm";

  public WorkerLaunch {
    command = List.copyOf(Objects.requireNonNull(command, "command"));
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    if (command.isEmpty()) {
      throw new IllegalArgumentException("empty worker command");
    }
    if (heapBytes < 16 * MIB || nativeAllowanceBytes < 0) {
      throw new IllegalArgumentException("worker heap " + heapBytes + ", native allowance "
          + nativeAllowanceBytes);
    }
  }

  /** A worker with this process's environment. */
  public WorkerLaunch(List<String> command, long heapBytes, long nativeAllowanceBytes) {
    this(command, heapBytes, nativeAllowanceBytes, Map.of());
  }

  /** This launch with {@code name=value} in the worker's environment. */
  public WorkerLaunch withEnvironment(String name, String value) {
    Map<String, String> env = new java.util.HashMap<>(environment);
    env.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new WorkerLaunch(command, heapBytes, nativeAllowanceBytes, env);
  }

  /** Resident memory after which a worker is replaced. */
  public long rssLimitBytes() {
    return heapBytes + nativeAllowanceBytes;
  }

  /**
   * A worker running {@code mainClass} with {@code args} on this JVM's java and class path,
   * seeing all of this machine's cores.
   */
  public static WorkerLaunch java(String mainClass, List<String> args, long heapBytes,
      long nativeAllowanceBytes) {
    return java(mainClass, args, heapBytes, nativeAllowanceBytes, 0);
  }

  /**
   * A worker running {@code mainClass} with {@code args} on this JVM's java and class path.
   * Direct buffers (PDFBox, image decoding) are capped at a quarter of the native allowance.
   *
   * @param processors cores the worker sizes its thread pools for (its OCR pool: one Tesseract
   *     per thread), so that {@code jobs} workers together use the machine's cores and no more
   *     Tesseract instances than in one process; 0 for all
   */
  public static WorkerLaunch java(String mainClass, List<String> args, long heapBytes,
      long nativeAllowanceBytes, int processors) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heapBytes / MIB + "m");
    // The default initial heap (1/64 of the machine's memory) is a floor the heap never shrinks
    // below: on 24 GB that is all of a 384 MiB heap, resident once touched.
    cmd.add("-Xms" + Math.min(64, heapBytes / MIB) + "m");
    if (processors > 0) {
      cmd.add("-XX:ActiveProcessorCount=" + processors);
    }
    cmd.add("-XX:MaxDirectMemorySize=" + Math.max(16, nativeAllowanceBytes / 4 / MIB) + "m");
    // One document at a time per worker: the serial collector's footprint is the smallest.
    cmd.add("-XX:+UseSerialGC");
    // A young generation of at least 32 MiB: the default third of the 64 MiB start heap made a
    // young collection every few pages of a born-digital batch and, as the old generation
    // filled, full collections; at 32 MiB about 2/3 as many young and no full ones (300
    // reports, --jobs 2: the workers' GC thread 0.75-0.89 s of CPU -> 0.45-0.48 s). A scan's
    // heap still grows its young generation in proportion; a small heap gets half of it.
    cmd.add("-XX:NewSize=" + Math.min(32, heapBytes / MIB / 2) + "m");
    // Give heap back after a collection leaves it over 30% free (see ExtractionWorker).
    cmd.add("-XX:MinHeapFreeRatio=10");
    cmd.add("-XX:MaxHeapFreeRatio=30");
    // The client compiler only: a fresh worker (after a kill) reaches speed in one document
    // instead of several, and no optimising compiler threads compete with extraction for cores
    // (a 5-page report, 2 loaded cores: first document 4.7 s instead of 9 s, then 0.5 s
    // instead of 1.2 s).
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Dsun.jnu.encoding=UTF-8");
    // The class-data archive of the JVM that starts the workers (scripts/nianbao names it):
    // each worker then maps the classes an extraction loads instead of parsing and verifying
    // them again, which is most of a fresh worker's start.
    String archive = System.getProperty(ARCHIVE_PROPERTY, "");
    if (!archive.isEmpty()) {
      cmd.add("-XX:SharedArchiveFile=" + archive);
      cmd.add("-Xlog:cds=off"); // a stale archive is ignored quietly: stdout is the protocol
      cmd.add("-Xlog:cds+dynamic=off");
    }
    // Further options for the workers' JVMs (tuning), separated by spaces; later options win
    // over the defaults above.
    String extra = System.getProperty(JVM_OPTIONS_PROPERTY, "").strip();
    if (!extra.isEmpty()) {
      cmd.addAll(List.of(extra.split("\\s+")));
    }
    String level = System.getProperty("org.slf4j.simpleLogger.defaultLogLevel");
    if (level != null) {
      cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + level);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    return new WorkerLaunch(cmd, heapBytes, nativeAllowanceBytes);
  }
}
