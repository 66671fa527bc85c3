package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.grantwell.db.bid.rules.OutcomeData;

/** An outcome the bid promises: indicator, unit, baseline, target and how it is measured. */
@Embeddable
public class OutcomeTarget {

  @Column(nullable = false)
  private String indicator;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false)
  private BigDecimal baseline;

  @Column(nullable = false)
  private BigDecimal target;

  @Column(name = "how_measured", nullable = false)
  private String howMeasured;

  protected OutcomeTarget() {}

  public OutcomeTarget(OutcomeData data) {
    this.indicator = data.indicator();
    this.unit = data.unit();
    this.baseline = data.baseline();
    this.target = data.target();
    this.howMeasured = data.howMeasured();
  }

  public OutcomeData toData() {
    return new OutcomeData(indicator, unit, baseline, target, howMeasured);
  }
}
