package org.nianbao.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.ErrorCode;
import org.nianbao.NianbaoException;

/**
 * The runner side of {@link Isolation#PROCESS}: worker processes, each extracting one document
 * at a time. A caller borrows an idle worker (or starts one), sends it a document and waits up
 * to the time limit; a worker that overruns is killed, one that dies is reaped, one whose
 * resident memory passed its limit is retired; any of these is replaced on the next borrow.
 * Failures come back as {@link ExecutionException}s whose causes {@link DocumentRun} already
 * types: a {@link NianbaoException}, an {@link OutOfMemoryError}, or a {@link WorkerFailure}.
 */
final class WorkerPool implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A JVM starting on a loaded machine; a worker not ready by then is broken. */
  private static final Duration START_LIMIT = Duration.ofSeconds(120);

  /** What a worker said about a document it extracted. */
  record Result(int pages, int warnings, int failedChecks, boolean notAReport) {}

  /** A worker failure that is no typed error: it crashed, or threw something untyped. */
  static final class WorkerFailure extends RuntimeException {
    WorkerFailure(String message) {
      super(message);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  private final WorkerLaunch launch;
  private final Deque<Worker> idle = new ArrayDeque<>();
  private final Set<Worker> live = ConcurrentHashMap.newKeySet();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger killed = new AtomicInteger();
  private final AtomicInteger retired = new AtomicInteger();
  private volatile boolean closed;

  /** Starts {@code prestart} workers now, so they load while the first inputs are copied. */
  WorkerPool(WorkerLaunch launch, int prestart) {
    this.launch = launch;
    for (int i = 0; i < prestart; i++) {
      try {
        Worker w = new Worker();
        synchronized (idle) {
          idle.add(w);
        }
      } catch (IOException e) {
        break; // borrow() starts them, and reports why it cannot
      }
    }
  }

  /** Workers started so far, replacements included. */
  int started() {
    return started.get();
  }

  /** Workers killed at a time limit so far. */
  int killed() {
    return killed.get();
  }

  /** Workers replaced after passing their memory limit, or after running out of heap. */
  int retired() {
    return retired.get();
  }

  /**
   * Extracts {@code input} in a worker, which writes the named report to {@code output}.
   *
   * @param timeout {@link Duration#ZERO} waits forever
   * @throws TimeoutException when the limit passed; the worker has been killed
   */
  Result extract(Path input, String fileName, String sha256, Path output, Duration timeout,
      org.nianbao.Options.PageListener pages)
      throws ExecutionException, TimeoutException, InterruptedException {
    JsonNode request = MAPPER.createObjectNode().put("input", input.toString())
        .put("fileName", fileName).put("sha256", sha256).put("output", output.toString());
    Worker w = borrow();
    boolean sent = false;
    try {
      w.send(request);
      sent = true;
    } catch (IOException idleDeath) {
      w.close(); // died after its last document: the document gets a fresh worker
      w = borrow();
    }
    boolean keep = false;
    try {
      if (!sent) {
        w.send(request);
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      Object got = w.next(timeout);
      // page events come before the answer; the time limit stays the document's
      while (got instanceof JsonNode n && n.has("page")) {
        pages.pageRead(n.path("page").asInt(), n.path("of").asInt());
        got = timeout.isZero() ? w.next(timeout)
            : w.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      }
      if (got == null) {
        w.kill();
        killed.incrementAndGet();
        throw new TimeoutException();
      }
      if (got == Worker.ENDED) {
        throw new ExecutionException(new WorkerFailure(w.death()));
      }
      JsonNode a = (JsonNode) got;
      keep = !"oom".equals(a.path("kind").asText());
      if (keep && w.rss() > launch.rssLimitBytes()) {
        keep = false;
      }
      if (!keep) {
        retired.incrementAndGet();
      }
      if (a.path("ok").asBoolean()) {
        return new Result(a.path("pages").asInt(), a.path("warnings").asInt(),
            a.path("failedChecks").asInt(), a.path("notAReport").asBoolean());
      }
      String message = a.path("message").asText();
      switch (a.path("kind").asText()) {
        case "typed" -> throw new ExecutionException(new NianbaoException(
            ErrorCode.valueOf(a.path("code").asText()), message));
        case "oom" -> throw new ExecutionException(new OutOfMemoryError(message));
        default -> throw new ExecutionException(new WorkerFailure(message));
      }
    } catch (IOException e) {
      throw new ExecutionException(new WorkerFailure("cannot talk to the worker process: "
          + e.getMessage() + "; " + w.death()));
    } finally {
      if (keep && !closed) {
        synchronized (idle) {
          idle.push(w);
        }
      } else {
        w.close();
      }
    }
  }

  /** An idle worker that answered ready, or a new one. */
  private Worker borrow() throws ExecutionException, InterruptedException {
    while (true) {
      Worker w;
      synchronized (idle) {
        w = idle.poll();
      }
      if (w == null) {
        try {
          w = new Worker();
        } catch (IOException e) {
          throw new ExecutionException(new WorkerFailure("cannot start a worker process: "
              + e.getMessage()));
        }
      }
      if (w.ready) {
        if (w.process.isAlive()) {
          return w;
        }
        w.close(); // died while idle: start another
        continue;
      }
      Object first = w.next(START_LIMIT);
      if (first instanceof JsonNode n && n.path("ready").asBoolean()) {
        w.ready = true;
        return w;
      }
      w.kill();
      throw new ExecutionException(new WorkerFailure("worker process did not start: "
          + (first == null ? "not ready after " + START_LIMIT.toSeconds() + "s" : w.death())));
    }
  }

  /** Ends every worker; busy ones are killed. */
  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      idle.clear();
    }
    for (Worker w : live) {
      w.close();
    }
  }

  /** One worker process and the thread reading its answers. */
  private final class Worker {
    static final Object ENDED = new Object();

    final Process process;
    final OutputStream requests;
    final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();
    volatile boolean ready;

    Worker() throws IOException {
      ProcessBuilder pb = new ProcessBuilder(launch.command())
          .redirectError(ProcessBuilder.Redirect.INHERIT);
      // glibc's default of 8 malloc arenas per core lets Tesseract's and OpenCV's native
      // allocations from several threads fragment into resident memory nobody uses.
      pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      pb.environment().putAll(launch.environment());
      process = pb.start();
      started.incrementAndGet();
      live.add(this);
      requests = process.getOutputStream();
      Thread reader = new Thread(this::readAnswers, "nianbao-worker-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    private void readAnswers() {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          int at = line.indexOf(ExtractionWorker.MARK);
          if (at < 0) {
            continue; // a native library printing on standard output
          }
          try {
            answers.add(MAPPER.readTree(line.substring(at + ExtractionWorker.MARK.length())));
          } catch (IOException ignored) {
            // a torn line: the document waits for its time limit or for the worker's end
          }
        }
      } catch (IOException ignored) {
        // killed
      }
      answers.add(ENDED);
    }

    void send(JsonNode request) throws IOException {
      requests.write((MAPPER.writeValueAsString(request) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      requests.flush();
    }

    /** The next answer, {@link #ENDED}, or null after {@code timeout}. */
    Object next(Duration timeout) throws InterruptedException {
      try {
        return timeout.isZero() ? answers.take()
            : answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        kill();
        throw e;
      }
    }

    /** Why the process ended, once it has. */
    String death() {
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (process.isAlive()) {
        kill();
        return "worker process stopped answering";
      }
      int exit = process.exitValue();
      return "worker process ended with exit code " + exit + " while extracting"
          + (exit == 137 ? " (killed, most likely by the kernel for lack of memory)"
              : exit > 128 ? " (signal " + (exit - 128) + ")" : "");
    }

    /** Resident memory from /proc, 0 when unknown. */
    long rss() {
      try {
        for (String l : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()),
            "status"))) {
          if (l.startsWith("VmRSS:")) {
            return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
          }
        }
      } catch (IOException | RuntimeException e) {
        // not Linux, or already gone
      }
      return 0;
    }

    /** SIGKILL to the worker and anything it started; waits for it to be gone. */
    void kill() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      live.remove(this);
    }

    /** Ends the worker: closing its input makes it halt; killed if it does not. */
    void close() {
      try {
        requests.close();
      } catch (IOException ignored) {
        // already gone
      }
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        kill();
        Thread.currentThread().interrupt();
      }
      live.remove(this);
    }
  }
}
