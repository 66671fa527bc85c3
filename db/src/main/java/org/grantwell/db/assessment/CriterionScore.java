package org.grantwell.db.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An assessor's score for one criterion of the round, with the comment that justifies it. */
@Embeddable
public class CriterionScore {

  @Column(name = "criterion_code", nullable = false)
  private String criterionCode;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private String comment;

  protected CriterionScore() {}

  /**
   * @throws IllegalArgumentException when the code is blank or the score negative
   */
  public CriterionScore(String criterionCode, int score, String comment) {
    if (criterionCode == null || criterionCode.isBlank()) {
      throw new IllegalArgumentException("A score needs the code of its criterion");
    }
    if (score < 0) {
      throw new IllegalArgumentException(
          "A score cannot be negative: " + score + " for " + criterionCode);
    }
    this.criterionCode = criterionCode.strip();
    this.score = score;
    this.comment = comment == null ? "" : comment.strip();
  }

  public String getCriterionCode() {
    return criterionCode;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionScore other
        && criterionCode.equals(other.criterionCode)
        && score == other.score
        && comment.equals(other.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterionCode, score, comment);
  }

  @Override
  public String toString() {
    return criterionCode + "=" + score;
  }
}
