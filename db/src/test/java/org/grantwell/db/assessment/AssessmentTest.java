package org.grantwell.db.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grantwell.db.bid.TestBids;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static final Instant CREATED = Instant.parse("2026-07-01T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-07-08T15:30:00Z");

  private final Assessment assessment = new Assessment(TestBids.bid(), "assessor.one", CREATED);

  private static List<CriterionScore> scores() {
    return List.of(new CriterionScore("VALUE", 7, "fair"), new CriterionScore("NEED", 4, "clear need"));
  }

  @Test
  void shouldBeOpenWhenCreated() {
    assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.OPEN);
    assertThat(assessment.getAssessor()).isEqualTo("assessor.one");
    assertThat(assessment.getCreatedAt()).isEqualTo(CREATED);
    assertThat(assessment.getScores()).isEmpty();
  }

  @Test
  void shouldKeepScoresByCriterionCodeWhenSubmitted() {
    assessment.submit(scores(), new BigDecimal("70.5"), "Strong bid", NOW);

    assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(assessment.getWeightedScore()).isEqualTo(new BigDecimal("70.50"));
    assertThat(assessment.getScores()).extracting(CriterionScore::getCriterionCode).containsExactly("NEED", "VALUE");
    assertThat(assessment.getComment()).isEqualTo("Strong bid");
    assertThat(assessment.getSubmittedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldRefuseSubmitWhenAlreadySubmitted() {
    assessment.submit(scores(), new BigDecimal("70.50"), null, NOW);

    assertThatThrownBy(() -> assessment.submit(scores(), new BigDecimal("80"), null, NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUBMITTED");
  }

  @Test
  void shouldRefuseSubmitWhenCriterionScoredTwice() {
    List<CriterionScore> twice = List.of(new CriterionScore("NEED", 4, ""), new CriterionScore("NEED", 3, ""));

    assertThatThrownBy(() -> assessment.submit(twice, new BigDecimal("50"), null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEED");
  }

  @Test
  void shouldRefuseSubmitWhenWeightedScoreAboveHundred() {
    assertThatThrownBy(() -> assessment.submit(scores(), new BigDecimal("100.01"), null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRecordReasonWhenConflictDeclared() {
    assessment.declareConflict("Former employee of the applicant", NOW);

    assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.CONFLICTED);
    assertThat(assessment.getConflictReason()).isEqualTo("Former employee of the applicant");
  }

  @Test
  void shouldRefuseConflictWhenReasonBlank() {
    assertThatThrownBy(() -> assessment.declareConflict(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
    assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.OPEN);
  }

  @Test
  void shouldRefuseSubmitWhenConflicted() {
    assessment.declareConflict("Related to the lead", NOW);

    assertThatThrownBy(() -> assessment.submit(scores(), new BigDecimal("70"), null, NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CONFLICTED");
  }

  @Test
  void shouldRefuseScoreWhenNegative() {
    assertThatThrownBy(() -> new CriterionScore("NEED", -1, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEED");
  }
}
