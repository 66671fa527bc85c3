package org.grantwell.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * W workers each repeating one lifecycle back to back (no think time) for a warm-up and a measured
 * period; counts the lifecycles that finish within the measured period. Used alike for the
 * application and for the bare engine, so that the two figures are comparable.
 */
public final class ClosedLoop {

  /** One complete lifecycle by one worker; throws when it failed. */
  public interface Lifecycle {
    void run(int worker, long sequence) throws Exception;
  }

  private ClosedLoop() {}

  /** Runs the loop; returns the phase's figures (workers, lifecycles, seconds, perSecond, errors). */
  public static JsonObjectBuilder run(String phase, int workers, int warmupSeconds, int seconds, Recorder recorder, Lifecycle lifecycle)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread thread = new Thread(() -> {
        while (running.get()) {
          try {
            lifecycle.run(worker, sequence.incrementAndGet());
            if (measuring.get()) {
              done.incrementAndGet();
            }
          } catch (Exception e) {
            if (measuring.get()) {
              failed.incrementAndGet();
            }
            if (errors.size() < 10) {
              errors.add(e.toString());
            }
            System.err.println("bench " + phase + ": worker " + worker + ": " + e);
          }
        }
      }, phase + "-" + w);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    Thread.sleep(warmupSeconds * 1000L);
    measuring.set(true);
    recorder.measuring(true);
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    recorder.measuring(false);
    double elapsed = (System.nanoTime() - start) / 1e9;
    running.set(false);
    for (Thread thread : threads) {
      thread.join(120_000);
    }
    JsonArrayBuilder errorSamples = Json.createArrayBuilder();
    errors.forEach(errorSamples::add);
    return Json.createObjectBuilder()
        .add("phase", phase)
        .add("workers", workers)
        .add("warmupSeconds", warmupSeconds)
        .add("seconds", elapsed)
        .add("lifecycles", done.get())
        .add("perSecond", done.get() / elapsed)
        .add("errors", failed.get())
        .add("errorSamples", errorSamples);
  }
}
