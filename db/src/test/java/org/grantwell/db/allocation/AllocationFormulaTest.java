package org.grantwell.db.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class AllocationFormulaTest {

  private static final BigDecimal PENNY = new BigDecimal("0.01");

  /** The 43 force areas' census population, by code, from the seed file (quoted CSV). */
  private static Map<String, BigDecimal> populations() throws IOException {
    Map<String, BigDecimal> populations = new LinkedHashMap<>();
    try (InputStream in = AllocationFormulaTest.class.getResourceAsStream("/seed/police-areas.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = fields(reader.readLine());
      int code = header.indexOf("force_area_code");
      int population = header.indexOf("population");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          List<String> row = fields(line);
          populations.put(row.get(code), new BigDecimal(row.get(population)));
        }
      }
    }
    return populations;
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static Money sum(Map<?, Money> shares) {
    return shares.values().stream().reduce(Money.ZERO, Money::plus);
  }

  @Test
  void shouldSumExactlyToPotWhenAwkwardPotSharedByPopulation() throws IOException {
    Map<String, BigDecimal> populations = populations();
    Money pot = Money.of("1000000.01");

    Map<String, Money> shares = AllocationFormula.share(pot, populations);

    assertThat(populations).hasSize(43);
    assertThat(shares).hasSize(43);
    assertThat(sum(shares)).isEqualTo(pot);
  }

  @Test
  void shouldStayWithinPennyOfExactShareWhenSharedByPopulation() throws IOException {
    Map<String, BigDecimal> populations = populations();
    BigDecimal total = populations.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Money pot = Money.of("7654321.09");

    Map<String, Money> shares = AllocationFormula.share(pot, populations);

    populations.forEach(
        (area, population) -> {
          BigDecimal exact = pot.amount().multiply(population).divide(total, MathContext.DECIMAL128);
          assertThat(shares.get(area).amount().subtract(exact).abs()).as(area).isLessThan(PENNY);
        });
  }

  @Test
  void shouldSumExactlyToPotWhenPotsAreOddPence() throws IOException {
    Map<String, BigDecimal> populations = populations();
    for (String pot : List.of("0.00", "0.01", "0.42", "1.00", "999.99", "12345678.91", "999999999999.99")) {
      assertThat(sum(AllocationFormula.share(Money.of(pot), populations))).as(pot).isEqualTo(Money.of(pot));
    }
  }

  @Test
  void shouldShareInProportionWhenWeightsDivideEvenly() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("a", new BigDecimal("1"));
    weights.put("b", new BigDecimal("3"));

    assertThat(AllocationFormula.share(Money.of("100.00"), weights))
        .containsExactly(Map.entry("a", Money.of("25.00")), Map.entry("b", Money.of("75.00")));
  }

  @Test
  void shouldGiveLeftoverPennyToEarlierKeyWhenRemaindersTie() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("first", BigDecimal.ONE);
    weights.put("second", BigDecimal.ONE);
    weights.put("third", BigDecimal.ONE);

    assertThat(AllocationFormula.share(Money.of("0.05"), weights))
        .containsExactly(
            Map.entry("first", Money.of("0.02")),
            Map.entry("second", Money.of("0.02")),
            Map.entry("third", Money.of("0.01")));
  }

  @Test
  void shouldGiveLeftoverPennyToLargestRemainderWhenRemaindersDiffer() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("small", new BigDecimal("0.3"));
    weights.put("large", new BigDecimal("0.7"));

    // exact shares 0.003 and 0.007 of 1p: the penny goes to the larger remainder
    assertThat(AllocationFormula.share(Money.of("0.01"), weights))
        .containsExactly(Map.entry("small", Money.ZERO), Map.entry("large", Money.of("0.01")));
  }

  @Test
  void shouldRefuseWeightsWhenEmpty() {
    assertThatThrownBy(() -> AllocationFormula.share(Money.of("10.00"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseWeightWhenZero() {
    assertThatThrownBy(() -> AllocationFormula.share(Money.of("10.00"), Map.of("a", BigDecimal.ONE, "b", BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b");
  }

  @Test
  void shouldRefuseWeightWhenNegative() {
    assertThatThrownBy(() -> AllocationFormula.share(Money.of("10.00"), Map.of("a", new BigDecimal("-2"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefusePotWhenNegative() {
    assertThatThrownBy(() -> AllocationFormula.share(Money.of("-10.00"), Map.of("a", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
