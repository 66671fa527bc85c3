package org.grantwell.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  private final long[] hundred = sortedOneToHundred();

  @Test
  void shouldTakeTheNearestRankWhenAskedForP50P95P99() {
    assertThat(Percentiles.of(hundred, 50)).isEqualTo(50);
    assertThat(Percentiles.of(hundred, 95)).isEqualTo(95);
    assertThat(Percentiles.of(hundred, 99)).isEqualTo(99);
    assertThat(Percentiles.of(hundred, 100)).isEqualTo(100);
  }

  @Test
  void shouldGiveTheOnlyValueWhenThereIsOne() {
    assertThat(Percentiles.of(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void shouldGiveZeroWhenThereAreNoValues() {
    assertThat(Percentiles.of(new long[0], 95)).isZero();
  }

  @Test
  void shouldRefuseAPercentileOutOfRange() {
    assertThatThrownBy(() -> Percentiles.of(hundred, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldComputeMillisecondFiguresFromNanosecondSamples() {
    long[] nanos = {3_000_000, 1_000_000, 2_000_000, 0};
    OperationStats stats = OperationStats.of("op", nanos, 3, 1, 2.0);
    assertThat(stats.count()).isEqualTo(3);
    assertThat(stats.throughput()).isEqualTo(1.5);
    assertThat(stats.p50()).isEqualTo(2.0);
    assertThat(stats.p99()).isEqualTo(3.0);
    assertThat(stats.mean()).isEqualTo(2.0);
    assertThat(stats.errors()).isEqualTo(1);
  }

  @Test
  void shouldRecordOnlyWhileMeasuring() {
    Recorder recorder = new Recorder();
    recorder.record("op", 1_000_000, null);
    recorder.measuring(true);
    recorder.record("op", 2_000_000, "HTTP 500");
    assertThat(recorder.stats(1)).first().satisfies(s -> {
      assertThat(s.count()).isEqualTo(1);
      assertThat(s.errors()).isEqualTo(1);
    });
    assertThat(recorder.errorSamples()).containsExactly("op: HTTP 500");
  }

  @Test
  void shouldReadTheHeapInUseFromJcmd() {
    String info = " garbage-first heap   total 471040K, used 201728K [0x00000000c0000000, 0x0000000100000000)\n  region size 1024K";
    assertThat(Heap.parse(info)).hasValueSatisfying(h -> assertThat(h).containsExactly(471040L * 1024, 201728L * 1024));
  }

  private static long[] sortedOneToHundred() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = i + 1;
    }
    return values;
  }
}
