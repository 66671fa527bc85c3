package org.grantwell.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * One operation's figures over a measured period: how often it ran, how often it failed, its
 * throughput and its latency percentiles in milliseconds.
 */
public record OperationStats(
    String name, long count, long errors, double throughput, double p50, double p95, double p99, double max, double mean) {

  /** Figures from latency samples in nanoseconds, over a period of {@code seconds}. */
  public static OperationStats of(String name, long[] nanos, int count, long errors, double seconds) {
    long[] sorted = Percentiles.sorted(nanos, count);
    double sum = 0;
    for (long value : sorted) {
      sum += value;
    }
    return new OperationStats(
        name,
        count,
        errors,
        seconds > 0 ? count / seconds : 0,
        ms(Percentiles.of(sorted, 50)),
        ms(Percentiles.of(sorted, 95)),
        ms(Percentiles.of(sorted, 99)),
        ms(count == 0 ? 0 : sorted[count - 1]),
        count == 0 ? 0 : ms(sum / count));
  }

  private static double ms(double nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }

  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("count", count)
        .add("errors", errors)
        .add("throughput", throughput)
        .add("p50", p50)
        .add("p95", p95)
        .add("p99", p99)
        .add("max", max)
        .add("mean", mean)
        .build();
  }

  public static OperationStats fromJson(JsonObject json) {
    return new OperationStats(
        json.getString("name"),
        json.getJsonNumber("count").longValue(),
        json.getJsonNumber("errors").longValue(),
        json.getJsonNumber("throughput").doubleValue(),
        json.getJsonNumber("p50").doubleValue(),
        json.getJsonNumber("p95").doubleValue(),
        json.getJsonNumber("p99").doubleValue(),
        json.getJsonNumber("max").doubleValue(),
        json.getJsonNumber("mean").doubleValue());
  }
}
