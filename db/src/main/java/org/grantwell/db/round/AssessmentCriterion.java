package org.grantwell.db.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.grantwell.db.shared.Stored;

/** One criterion assessors score a bid against: its weight (per cent of the total), guidance and scale. */
@Embeddable
public class AssessmentCriterion {

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String guidance;

  @Column(nullable = false)
  private BigDecimal weight;

  @Column(name = "scale_max", nullable = false)
  private int scaleMax;

  protected AssessmentCriterion() {}

  public AssessmentCriterion(String code, String title, String guidance, BigDecimal weight, int scaleMax) {
    if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("A criterion's weight is between 0 and 100 per cent");
    }
    if (scaleMax < 1) {
      throw new IllegalArgumentException("A criterion's scale runs from 0 to at least 1");
    }
    this.code = code;
    this.title = title;
    this.guidance = guidance;
    this.weight = Stored.decimal(weight);
    this.scaleMax = scaleMax;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getGuidance() {
    return guidance;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public int getScaleMax() {
    return scaleMax;
  }
}
