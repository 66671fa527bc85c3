package org.grantwell.db.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.round.AssessmentCriterion;

/**
 * The arithmetic of scores: the weighted score out of 100 of one assessment, and the spread of a
 * bid's scores that decides whether it needs moderation. Results are at scale 2, half-even.
 */
public final class WeightedScores {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private WeightedScores() {}

  /**
   * 100 × Σ(weight × score / scale maximum) / Σ weight: each criterion counts by its weight, a
   * full mark on every criterion gives 100.
   *
   * @throws IllegalArgumentException naming the criterion when its score is missing, negative or
   *     above the scale, or when a score is given for a code that is not a criterion
   */
  public static BigDecimal of(List<AssessmentCriterion> criteria, Map<String, Integer> scores) {
    if (criteria == null || criteria.isEmpty()) {
      throw new IllegalArgumentException("A weighted score needs at least one criterion");
    }
    Set<String> known = new HashSet<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (AssessmentCriterion criterion : criteria) {
      String code = criterion.getCode();
      known.add(code);
      Integer score = scores.get(code);
      if (score == null) {
        throw new IllegalArgumentException("No score for criterion " + code);
      }
      if (score < 0 || score > criterion.getScaleMax()) {
        throw new IllegalArgumentException(
            "The score for criterion " + code + " runs from 0 to " + criterion.getScaleMax() + ", not " + score);
      }
      weighted =
          weighted.add(
              criterion
                  .getWeight()
                  .multiply(BigDecimal.valueOf(score))
                  .divide(BigDecimal.valueOf(criterion.getScaleMax()), MathContext.DECIMAL128));
      totalWeight = totalWeight.add(criterion.getWeight());
    }
    for (String code : scores.keySet()) {
      if (!known.contains(code)) {
        throw new IllegalArgumentException("Criterion " + code + " is not a criterion of the round");
      }
    }
    return weighted.multiply(HUNDRED).divide(totalWeight, 2, RoundingMode.HALF_EVEN);
  }

  /** The highest score minus the lowest; zero when there are fewer than two. */
  public static BigDecimal spread(List<BigDecimal> scores) {
    if (scores == null || scores.size() < 2) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal max = scores.get(0);
    BigDecimal min = scores.get(0);
    for (BigDecimal score : scores) {
      max = score.compareTo(max) > 0 ? score : max;
      min = score.compareTo(min) < 0 ? score : min;
    }
    return max.subtract(min).setScale(2, RoundingMode.HALF_EVEN);
  }
}
