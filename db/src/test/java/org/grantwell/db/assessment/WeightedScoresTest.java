package org.grantwell.db.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.grantwell.db.round.AssessmentCriterion;
import org.junit.jupiter.api.Test;

class WeightedScoresTest {

  private static final List<AssessmentCriterion> CRITERIA =
      List.of(
          criterion("NEED", "40", 5),
          criterion("DELIVERY", "35", 5),
          criterion("VALUE", "25", 10));

  private static AssessmentCriterion criterion(String code, String weight, int scaleMax) {
    return new AssessmentCriterion(code, code, "guidance", new BigDecimal(weight), scaleMax);
  }

  @Test
  void shouldGiveHundredWhenEveryScoreIsFull() {
    assertThat(WeightedScores.of(CRITERIA, Map.of("NEED", 5, "DELIVERY", 5, "VALUE", 10)))
        .isEqualByComparingTo("100.00");
  }

  @Test
  void shouldGiveZeroWhenEveryScoreIsZero() {
    assertThat(WeightedScores.of(CRITERIA, Map.of("NEED", 0, "DELIVERY", 0, "VALUE", 0)))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void shouldWeighEachCriterionWhenScoresDiffer() {
    // 100 × (40 × 4/5 + 35 × 3/5 + 25 × 7/10) / 100 = 32 + 21 + 17.5
    assertThat(WeightedScores.of(CRITERIA, Map.of("NEED", 4, "DELIVERY", 3, "VALUE", 7)))
        .isEqualTo(new BigDecimal("70.50"));
  }

  @Test
  void shouldDivideByTotalWeightWhenWeightsDoNotAddUpToHundred() {
    List<AssessmentCriterion> criteria = List.of(criterion("A", "10", 3), criterion("B", "20", 3));

    // 100 × (10 × 1/3 + 20 × 2/3) / 30 = 55.555...
    assertThat(WeightedScores.of(criteria, Map.of("A", 1, "B", 2))).isEqualTo(new BigDecimal("55.56"));
  }

  @Test
  void shouldRefuseScoreWhenMissing() {
    assertThatThrownBy(() -> WeightedScores.of(CRITERIA, Map.of("NEED", 4, "VALUE", 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELIVERY");
  }

  @Test
  void shouldRefuseScoreWhenAboveScale() {
    assertThatThrownBy(() -> WeightedScores.of(CRITERIA, Map.of("NEED", 6, "DELIVERY", 3, "VALUE", 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEED");
  }

  @Test
  void shouldRefuseScoreWhenNegative() {
    assertThatThrownBy(() -> WeightedScores.of(CRITERIA, Map.of("NEED", 4, "DELIVERY", -1, "VALUE", 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELIVERY");
  }

  @Test
  void shouldRefuseScoreWhenCodeIsUnknown() {
    assertThatThrownBy(
            () -> WeightedScores.of(CRITERIA, Map.of("NEED", 4, "DELIVERY", 3, "VALUE", 7, "INNOVATION", 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INNOVATION");
  }

  @Test
  void shouldGiveHighestMinusLowestWhenSpreadOfSeveralScores() {
    assertThat(
            WeightedScores.spread(
                List.of(new BigDecimal("62.50"), new BigDecimal("81.25"), new BigDecimal("70.00"))))
        .isEqualByComparingTo("18.75");
  }

  @Test
  void shouldGiveZeroSpreadWhenFewerThanTwoScores() {
    assertThat(WeightedScores.spread(List.of(new BigDecimal("62.50")))).isEqualByComparingTo("0");
    assertThat(WeightedScores.spread(List.of())).isEqualByComparingTo("0");
  }
}
