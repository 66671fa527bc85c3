package org.grantwell.db.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.grantwell.db.shared.Money;

/** Money spent in the quarter of a return on one cost category, capital or revenue. */
@Embeddable
public class SpendLine {

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private boolean capital;

  @Column(nullable = false)
  private Money amount;

  protected SpendLine() {}

  /**
   * @throws IllegalArgumentException when the category is blank or too long, or the amount negative
   */
  public SpendLine(String category, boolean capital, Money amount) {
    if (category == null || category.isBlank() || category.strip().length() > 64) {
      throw new IllegalArgumentException("A spend line needs a cost category of at most 64 characters");
    }
    if (amount == null || amount.isNegative()) {
      throw new IllegalArgumentException("A spend line's amount cannot be negative: " + amount);
    }
    this.category = category.strip();
    this.capital = capital;
    this.amount = amount;
  }

  public String getCategory() {
    return category;
  }

  public boolean isCapital() {
    return capital;
  }

  public Money getAmount() {
    return amount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpendLine other
        && category.equals(other.category)
        && capital == other.capital
        && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, capital, amount);
  }
}
