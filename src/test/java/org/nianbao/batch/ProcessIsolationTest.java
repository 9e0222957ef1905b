package org.nianbao.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ErrorCode;

/**
 * Batches in worker processes ({@link Isolation#PROCESS}) with a fake worker: a document that
 * crashes, exhausts or outruns its worker fails alone and typed, the others come out as a
 * thread run's, and no worker outlives its run, or its runner killed mid-run.
 */
class ProcessIsolationTest {
  static final String VERSION = "process-test";

  @TempDir Path tmp;

  private static BatchOptions.Builder options(Path out) {
    return BatchOptions.builder(out).jobs(2).progress(ProgressMode.QUIET)
        .progressOut(new PrintStream(new ByteArrayOutputStream())).toolVersion(VERSION);
  }

  private static long liveChildren() {
    return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
  }

  @Test
  void misbehavingDocumentsFailAloneAndTyped() throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < 6; i++) {
      TestPdfs.write(in.resolve("r" + i + ".pdf"), TestPdfs.onePage("report " + i));
    }
    TestPdfs.write(in.resolve("crash.pdf"), TestPdfs.onePage("crash"));
    TestPdfs.write(in.resolve("oom.pdf"), TestPdfs.onePage("oom"));
    TestPdfs.write(in.resolve("spin.pdf"), TestPdfs.onePage("spin"));
    Path reference = tmp.resolve("reference");
    Path out = tmp.resolve("out");
    long before = liveChildren();

    new BatchRunner(options(reference).build(), new FakeExtractor(0)).run(List.of(in));
    BatchResult r = new BatchRunner(options(out).timeout(Duration.ofSeconds(5))
        .processIsolation(FakeWorker.launch(0)).build(), null).run(List.of(in));

    assertEquals(before, liveChildren(), "every worker ended with its run");
    Map<String, ManifestEntry> latest = Manifest.readLatest(out);
    ManifestEntry crash = latest.get(in.resolve("crash.pdf").toString());
    assertEquals(ErrorCode.INTERNAL, crash.errorCode(), crash.message());
    assertTrue(crash.message().contains("exit code 3"), crash.message());
    ManifestEntry oom = latest.get(in.resolve("oom.pdf").toString());
    assertEquals(ErrorCode.INTERNAL, oom.errorCode(), oom.message());
    assertTrue(oom.message().startsWith("out of memory"), oom.message());
    ManifestEntry spin = latest.get(in.resolve("spin.pdf").toString());
    assertEquals(ErrorCode.TIMEOUT, spin.errorCode(), spin.message());
    assertTrue(spin.message().contains("worker process stopped"), spin.message());
    assertEquals(3, r.failed());
    for (int i = 0; i < 6; i++) {
      String name = "r" + i + ".json";
      assertArrayEquals(Files.readAllBytes(reference.resolve(name)),
          Files.readAllBytes(out.resolve(name)), name);
    }
    assertEquals(Files.readString(reference.resolve(SummaryCsv.FILE_NAME))
        .lines().filter(l -> l.contains("/r")).toList(),
        Files.readString(out.resolve(SummaryCsv.FILE_NAME))
        .lines().filter(l -> l.contains("/r")).toList());
    try (var s = Files.list(out)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tmp")).toList(), "no temp file left");
    }
  }

  @Test
  void pagesReadInAWorkerReachTheRunnerBeforeItsAnswer() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("paged-in")).resolve("paged.pdf");
    Files.write(in, TestPdfs.onePage("paged"));
    List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (WorkerPool pool = new WorkerPool(FakeWorker.launch(0), 1)) {
      WorkerPool.Result r = pool.extract(in, "paged.pdf", "0".repeat(64),
          tmp.resolve("paged.json"), Duration.ofSeconds(60),
          (page, of) -> told.add(page + "/" + of));
      assertEquals(1, r.pages());
    }
    assertEquals(List.of("1/2", "2/2"), told);
  }

  @Test
  void killedRunnerTakesItsWorkersAlongAndResumes() throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < 16; i++) {
      TestPdfs.write(in.resolve(String.format("r%02d.pdf", i)), TestPdfs.onePage("report " + i));
    }
    Path reference = tmp.resolve("reference");
    new BatchRunner(options(reference).build(), new FakeExtractor(0)).run(List.of(in));

    Path out = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process first = new ProcessBuilder(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), ProcessChild.class.getName(), in.toString(),
        out.toString(), "400").redirectErrorStream(true)
        .redirectOutput(tmp.resolve("first.log").toFile()).start();
    Path manifest = out.resolve(Manifest.FILE_NAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (OutputFolders.manifestLines(manifest) < 4 && first.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    List<ProcessHandle> workers = first.descendants().toList();
    assertTrue(!workers.isEmpty(), "the runner has workers");
    first.destroyForcibly(); // SIGKILL: no shutdown hook closes the workers
    first.waitFor(10, TimeUnit.SECONDS);
    int afterKill = OutputFolders.manifestLines(manifest);
    assertTrue(afterKill >= 4 && afterKill < 16, "killed mid-run: " + afterKill + " lines");
    for (ProcessHandle w : workers) {
      w.onExit().get(10, TimeUnit.SECONDS); // orphaned workers halt when their input closes
    }

    BatchResult r = new BatchRunner(options(out).processIsolation(FakeWorker.launch(0))
        .build(), null).run(List.of(in));
    assertEquals(afterKill, r.skipped(), "finished inputs are not redone");
    assertEquals(OutputFolders.listing(reference), OutputFolders.listing(out));
    for (String name : OutputFolders.listing(reference)) {
      if (name.endsWith(".json") && !name.startsWith("_")) {
        assertArrayEquals(Files.readAllBytes(reference.resolve(name)),
            Files.readAllBytes(out.resolve(name)), name);
      }
    }
    OutputFolders.assertEachDoneOnce(manifest, 16);
  }

  /** Child JVM: a process-isolated batch with slowish fake workers. */
  public static final class ProcessChild {
    private ProcessChild() {}

    /** args: input folder, output folder, delay per document in ms. */
    public static void main(String[] args) throws IOException, InterruptedException {
      BatchResult r = new BatchRunner(options(Path.of(args[1]))
          .processIsolation(FakeWorker.launch(Long.parseLong(args[2]))).build(), null)
          .run(List.of(Path.of(args[0])));
      System.exit(r.exitCode());
    }
  }
}
