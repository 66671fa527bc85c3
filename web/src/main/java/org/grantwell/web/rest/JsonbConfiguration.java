package org.grantwell.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.grantwell.db.shared.Money;

/**
 * The API's JSON-B: the defaults, plus {@link Money} written as a decimal number of pounds with
 * two places ({@code 125000.00}) as the style guide says, and read back the same way. Whole
 * numbers and true/false are read strictly: {@code 1.5} is not quietly the quarter 1, {@code 1e400}
 * not the id 0, {@code "yes"} not false; such a value is refused with {@link InvalidJsonValue}
 * (400, naming the field).
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

  /** A JSON value of the wrong kind for its field; the message is for the client. */
  public static final class InvalidJsonValue extends JsonbException {
    private static final long serialVersionUID = 1L;

    public InvalidJsonValue(String message) {
      super(message);
    }
  }

  /** An {@code Integer} from a whole JSON number (or a string holding one) in range, nothing else. */
  public static final class StrictInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal number = wholeNumber(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return number == null ? null : number.intValueExact();
    }
  }

  /** A {@code Long} from a whole JSON number (or a string holding one) in range, nothing else. */
  public static final class StrictLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal number = wholeNumber(parser, Long.MIN_VALUE, Long.MAX_VALUE);
      return number == null ? null : number.longValueExact();
    }
  }

  /** A {@code Boolean} from JSON {@code true}/{@code false} (or those words as a string), nothing else. */
  public static final class StrictBoolean implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        case STRING -> bool(((JsonString) value).getString());
        default -> throw new InvalidJsonValue("Give true or false here");
      };
    }
  }

  static Boolean bool(String text) {
    if ("true".equalsIgnoreCase(text.strip())) {
      return Boolean.TRUE;
    }
    if ("false".equalsIgnoreCase(text.strip())) {
      return Boolean.FALSE;
    }
    throw new InvalidJsonValue("Give true or false here");
  }

  private static BigDecimal wholeNumber(JsonParser parser, long min, long max) {
    JsonValue value = parser.getValue();
    return switch (value.getValueType()) {
      case NUMBER -> whole(((JsonNumber) value).toString(), min, max);
      case STRING -> whole(((JsonString) value).getString(), min, max);
      case NULL -> null;
      default -> throw new InvalidJsonValue("Give a whole number here");
    };
  }

  static BigDecimal whole(String text, long min, long max) {
    BigDecimal number;
    try {
      number = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidJsonValue("Give a whole number here");
    }
    return whole(number, min, max);
  }

  /** The number if it is whole and from {@code min} to {@code max}; never expands a huge exponent. */
  static BigDecimal whole(BigDecimal number, long min, long max) {
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidJsonValue(number.signum() < 0 ? "This number is far too small here" : "This number is far too large here");
    }
    if (number.stripTrailingZeros().scale() > 0) {
      throw new InvalidJsonValue("Give a whole number here, not a fraction");
    }
    return number;
  }

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withAdapters(new MoneyAdapter())
              .withDeserializers(new StrictInteger(), new StrictLong(), new StrictBoolean()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
