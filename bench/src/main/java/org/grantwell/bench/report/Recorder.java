package org.grantwell.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every latency sample and error per operation from many threads, while {@link #measuring}
 * is on (off during the warm-up), and keeps the first few error descriptions to show why.
 */
public final class Recorder {

  private static final int ERROR_SAMPLES = 20;

  private final Map<String, Samples> operations = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
  private volatile boolean measuring;

  public void measuring(boolean on) {
    this.measuring = on;
  }

  public boolean measuring() {
    return measuring;
  }

  /** One run of an operation: its latency, and why it failed (null when it did not). */
  public void record(String operation, long nanos, String failure) {
    if (!measuring) {
      return;
    }
    operations.computeIfAbsent(operation, name -> new Samples()).add(nanos, failure != null);
    if (failure != null && errorSamples.size() < ERROR_SAMPLES) {
      errorSamples.add(operation + ": " + failure);
    }
  }

  /** The figures per operation (by name) and, last, over all operations as "all". */
  public List<OperationStats> stats(double seconds) {
    List<OperationStats> result = new ArrayList<>();
    long[] all = new long[0];
    int allCount = 0;
    long allErrors = 0;
    for (Map.Entry<String, Samples> entry : new TreeMap<>(operations).entrySet()) {
      Samples samples = entry.getValue();
      synchronized (samples) {
        result.add(OperationStats.of(entry.getKey(), samples.nanos, samples.count, samples.errors, seconds));
        all = Arrays.copyOf(all, allCount + samples.count);
        System.arraycopy(samples.nanos, 0, all, allCount, samples.count);
        allCount += samples.count;
        allErrors += samples.errors;
      }
    }
    result.add(OperationStats.of("all", all, allCount, allErrors, seconds));
    return result;
  }

  public List<String> errorSamples() {
    return List.copyOf(errorSamples);
  }

  private static final class Samples {
    private long[] nanos = new long[1024];
    private int count;
    private long errors;

    synchronized void add(long value, boolean error) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = value;
      if (error) {
        errors++;
      }
    }
  }
}
