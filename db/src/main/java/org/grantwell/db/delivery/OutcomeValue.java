package org.grantwell.db.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the project achieved so far on one outcome indicator of the bid. The column is {@code
 * achieved}, because {@code VALUE} is a keyword in H2.
 */
@Embeddable
public class OutcomeValue {

  @Column(nullable = false)
  private String indicator;

  @Column(name = "achieved", nullable = false)
  private BigDecimal value;

  protected OutcomeValue() {}

  /**
   * @throws IllegalArgumentException when the indicator is blank or too long, or there is no value
   */
  public OutcomeValue(String indicator, BigDecimal value) {
    if (indicator == null || indicator.isBlank() || indicator.strip().length() > 255) {
      throw new IllegalArgumentException("An outcome needs its indicator, of at most 255 characters");
    }
    if (value == null) {
      throw new IllegalArgumentException("An outcome needs a value for " + indicator);
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("An outcome value has at most two decimal places: " + value);
    }
    this.indicator = indicator.strip();
    this.value = value;
  }

  public String getIndicator() {
    return indicator;
  }

  public BigDecimal getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutcomeValue other
        && indicator.equals(other.indicator)
        && value.compareTo(other.value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, value.stripTrailingZeros());
  }
}
