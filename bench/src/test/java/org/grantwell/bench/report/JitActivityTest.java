package org.grantwell.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JitActivityTest {

  @Test
  void shouldTurnTheCompilerTicksIntoSeconds() {
    String counters = """
        sun.ci.lastMethod="java/lang/String hashCode"
        java.ci.totalTime=558061234567
        sun.ci.totalCompiles=49955
        sun.os.hrt.frequency=1000000000
        """;

    assertThat(JitActivity.parse(counters)).hasValueSatisfying(seconds -> assertThat(seconds).isCloseTo(558.06, org.assertj.core.data.Offset.offset(0.01)));
  }

  @Test
  void shouldFindNothingWithoutBothCounters() {
    assertThat(JitActivity.parse("java.ci.totalTime=5\n")).isEmpty();
    assertThat(JitActivity.parse("sun.os.hrt.frequency=1000000000\n")).isEmpty();
  }
}
