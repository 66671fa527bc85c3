package org.grantwell.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import org.grantwell.db.shared.Money;

/**
 * The API's JSON-B: the defaults, plus {@link Money} written as a decimal number of pounds with
 * two places ({@code 125000.00}) as the style guide says, and read back the same way.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  /** Money as pounds and pence. */
  public static final class MoneyAdapter implements JsonbAdapter<Money, BigDecimal> {
    @Override
    public BigDecimal adaptToJson(Money money) {
      return money.amount();
    }

    @Override
    public Money adaptFromJson(BigDecimal pounds) {
      return Money.of(pounds);
    }
  }

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withAdapters(new MoneyAdapter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
