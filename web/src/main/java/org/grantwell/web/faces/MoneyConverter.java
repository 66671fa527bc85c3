package org.grantwell.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.grantwell.db.shared.Money;

/**
 * The one conversion between a money input ({@code p:inputNumber}) and a {@code BigDecimal} of
 * pounds at scale 2. Accepts {@code 1250000}, {@code 1250000.5} and {@code £1,250,000.50}; refuses
 * fractions of a penny and amounts a {@code NUMERIC(14,2)} cannot hold. Writes the plain decimal
 * ({@code 1250000.00}), which {@code p:inputNumber} then shows as {@code £1,250,000.00}.
 */
@FacesConverter("grantwell.Money")
public class MoneyConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.strip().replace("£", "").replace(",", "").replace(" ", "");
    try {
      BigDecimal pounds = new BigDecimal(plain);
      return Money.of(pounds).amount();
    } catch (NumberFormatException e) {
      throw refused("Enter an amount in pounds, like 1250000.00");
    } catch (IllegalArgumentException e) {
      throw refused(e.getMessage());
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    if (value == null) {
      return "";
    }
    return value.scale() <= Money.SCALE ? value.setScale(Money.SCALE, RoundingMode.UNNECESSARY).toPlainString() : value.toPlainString();
  }

  private static ConverterException refused(String detail) {
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail));
  }
}
