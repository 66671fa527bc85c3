package org.grantwell.db.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Maps {@link Money} to a {@code NUMERIC(14,2)} column. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Money money) {
    return money == null ? null : money.amount();
  }

  @Override
  public Money convertToEntityAttribute(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }
}
