package org.grantwell.bench.report;

import java.util.Arrays;

/**
 * Exact percentiles by the nearest-rank method over every sample kept: a benchmark run records at
 * most a few hundred thousand latencies, so keeping them all is cheaper than being approximately
 * right (and needs no histogram library).
 */
public final class Percentiles {

  private Percentiles() {}

  /**
   * The p-th percentile (0 &lt; p &lt;= 100) of the sorted values: the smallest value such that at
   * least p per cent of the values are at or below it; 0 for no values.
   */
  public static long of(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
    }
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** A sorted copy of the first {@code count} values. */
  public static long[] sorted(long[] values, int count) {
    long[] copy = Arrays.copyOf(values, count);
    Arrays.sort(copy);
    return copy;
  }

  /** The median of the values (the upper one of the middle two), 0 for none. */
  public static long median(long[] values) {
    return of(sorted(values, values.length), 50);
  }
}
