package org.grantwell.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AuditValueTest {

  private enum Status { SUBMITTED }

  @Test
  void shouldSortKeysWhenRenderingMap() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("zeta", 1);
    values.put("alpha", 2);

    assertThat(AuditValue.json(values)).isEqualTo("{\"alpha\":2,\"zeta\":1}");
  }

  @Test
  void shouldEscapeQuotesBackslashesAndControlCharactersWhenRenderingString() {
    Map<String, Object> values = Map.of("name", "Avon \"Safer\" \\ Streets\n\ttab\u0001end");

    assertThat(AuditValue.json(values))
        .isEqualTo("{\"name\":\"Avon \\\"Safer\\\" \\\\ Streets\\n\\ttab\\u0001end\"}");
  }

  @Test
  void shouldKeepNonAsciiTextWhenRenderingString() {
    assertThat(AuditValue.json(Map.of("place", "Ynys Môn"))).isEqualTo("{\"place\":\"Ynys Môn\"}");
  }

  @Test
  void shouldRenderMoneyAsNumberWithTwoPlacesWhenRenderingAmount() {
    assertThat(AuditValue.json(Map.of("grantRequested", Money.ofPounds(125_000))))
        .isEqualTo("{\"grantRequested\":125000.00}");
  }

  @Test
  void shouldRenderNumbersBooleansNullEnumsAndDatesWhenMixed() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("count", 3L);
    values.put("rate", new BigDecimal("0.50"));
    values.put("eligible", true);
    values.put("reason", null);
    values.put("status", Status.SUBMITTED);
    values.put("spendBy", LocalDate.of(2027, 3, 31));

    assertThat(AuditValue.json(values))
        .isEqualTo("{\"count\":3,\"eligible\":true,\"rate\":0.50,\"reason\":null,"
            + "\"spendBy\":\"2027-03-31\",\"status\":\"SUBMITTED\"}");
  }

  @Test
  void shouldNestMapsAndListsWhenValuesAreStructured() {
    Map<String, Object> values = Map.of("lines", List.of(Map.of("b", 2, "a", 1), "x"));

    assertThat(AuditValue.json(values)).isEqualTo("{\"lines\":[{\"a\":1,\"b\":2},\"x\"]}");
  }

  @Test
  void shouldSortSetWhenSetHasNoOrder() {
    Map<String, Object> values = Map.of("roles", new HashSet<>(Arrays.asList("panel", "assessor", "admin")));

    assertThat(AuditValue.json(values)).isEqualTo("{\"roles\":[\"admin\",\"assessor\",\"panel\"]}");
  }

  @Test
  void shouldGiveNullWhenThereAreNoValues() {
    assertThat(AuditValue.json(null)).isNull();
  }

  @Test
  void shouldGiveEmptyObjectWhenMapIsEmpty() {
    assertThat(AuditValue.json(Map.of())).isEqualTo("{}");
  }

  @Test
  void shouldRefuseNotANumberWhenRenderingDouble() {
    assertThatThrownBy(() -> AuditValue.json(Map.of("score", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
