package org.nianbao.batch;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each call on its own daemon thread and waits at most a time limit for it. Java cannot
 * kill a thread: on timeout the thread is interrupted (which stops interruptible I/O and code
 * that checks the flag) and then abandoned. A call stuck in a native library or a tight parser
 * loop keeps its thread, and its CPU, until it returns or the JVM exits; being a daemon it never
 * keeps the JVM alive. {@link #stillRunningAbandoned()} tells how many such threads remain.
 */
final class AbandonableCalls {
  private final AtomicInteger counter = new AtomicInteger();
  private final Set<Thread> abandoned = ConcurrentHashMap.newKeySet();
  private final AtomicInteger abandonedTotal = new AtomicInteger();

  /**
   * @param timeout {@link Duration#ZERO} waits forever
   * @throws ExecutionException wrapping whatever the call threw
   * @throws TimeoutException when the limit passed; the thread has been abandoned
   */
  <T> T call(Callable<T> work, Duration timeout)
      throws ExecutionException, TimeoutException, InterruptedException {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, "nianbao-extract-" + counter.incrementAndGet());
    t.setDaemon(true);
    t.start();
    try {
      return timeout.isZero() ? task.get() : task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      task.cancel(true);
      if (t.isAlive()) {
        abandoned.add(t);
        abandonedTotal.incrementAndGet();
      }
      throw e;
    }
  }

  /** Threads abandoned after a timeout so far. */
  int abandonedTotal() {
    return abandonedTotal.get();
  }

  /** Abandoned threads that have not returned yet. */
  int stillRunningAbandoned() {
    abandoned.removeIf(t -> !t.isAlive());
    return abandoned.size();
  }
}
