package org.grantwell.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import org.grantwell.web.rest.JsonbConfiguration.InvalidJsonValue;
import org.junit.jupiter.api.Test;

class JsonbConfigurationTest {

  @Test
  void shouldReadAWholeNumberWhenItIsIntegral() {
    assertThat(new JsonbConfiguration.StrictInteger().deserialize(number("3"), null, Integer.class)).isEqualTo(3);
    assertThat(new JsonbConfiguration.StrictInteger().deserialize(number("3.00"), null, Integer.class)).isEqualTo(3);
    assertThat(new JsonbConfiguration.StrictLong().deserialize(string(" 964 "), null, Long.class)).isEqualTo(964L);
  }

  @Test
  void shouldRefuseAFractionWhenAWholeNumberIsExpected() {
    assertThatThrownBy(() -> new JsonbConfiguration.StrictInteger().deserialize(number("1.5"), null, Integer.class))
        .isInstanceOf(InvalidJsonValue.class)
        .hasMessageContaining("whole number");
  }

  @Test
  void shouldRefuseAHugeNumberWhenAnIdIsExpectedInsteadOfWrappingItToZero() {
    assertThatThrownBy(() -> new JsonbConfiguration.StrictLong().deserialize(number("1e400"), null, Long.class))
        .isInstanceOf(InvalidJsonValue.class);
    assertThatThrownBy(() -> new JsonbConfiguration.StrictInteger().deserialize(number("10000000000"), null, Integer.class))
        .isInstanceOf(InvalidJsonValue.class);
    assertThatThrownBy(() -> JsonbConfiguration.whole(new BigDecimal("1e999999999"), 0, 10)).isInstanceOf(InvalidJsonValue.class);
  }

  @Test
  void shouldRefuseTextOrAListWhenANumberIsExpected() {
    assertThatThrownBy(() -> new JsonbConfiguration.StrictInteger().deserialize(string("one"), null, Integer.class))
        .isInstanceOf(InvalidJsonValue.class);
    assertThatThrownBy(() -> new JsonbConfiguration.StrictLong().deserialize(value(JsonValue.EMPTY_JSON_ARRAY), null, Long.class))
        .isInstanceOf(InvalidJsonValue.class);
  }

  @Test
  void shouldReadNullAsNothingWhenANumberOrFlagIsOptional() {
    assertThat(new JsonbConfiguration.StrictLong().deserialize(value(JsonValue.NULL), null, Long.class)).isNull();
    assertThat(new JsonbConfiguration.StrictBoolean().deserialize(value(JsonValue.NULL), null, Boolean.class)).isNull();
  }

  @Test
  void shouldReadTrueAndFalseOnlyWhenAFlagIsExpected() {
    assertThat(new JsonbConfiguration.StrictBoolean().deserialize(value(JsonValue.TRUE), null, Boolean.class)).isTrue();
    assertThat(new JsonbConfiguration.StrictBoolean().deserialize(string("False"), null, Boolean.class)).isFalse();
    assertThatThrownBy(() -> new JsonbConfiguration.StrictBoolean().deserialize(string("yes"), null, Boolean.class))
        .isInstanceOf(InvalidJsonValue.class)
        .hasMessage("Give true or false here");
    assertThatThrownBy(() -> new JsonbConfiguration.StrictBoolean().deserialize(number("1"), null, Boolean.class))
        .isInstanceOf(InvalidJsonValue.class);
  }

  private static JsonParser number(String text) {
    JsonNumber number = mock(JsonNumber.class);
    when(number.getValueType()).thenReturn(JsonValue.ValueType.NUMBER);
    when(number.toString()).thenReturn(text);
    return value(number);
  }

  private static JsonParser string(String text) {
    JsonString string = mock(JsonString.class);
    when(string.getValueType()).thenReturn(JsonValue.ValueType.STRING);
    when(string.getString()).thenReturn(text);
    return value(string);
  }

  private static JsonParser value(JsonValue value) {
    JsonParser parser = mock(JsonParser.class);
    when(parser.getValue()).thenReturn(value);
    return parser;
  }
}
