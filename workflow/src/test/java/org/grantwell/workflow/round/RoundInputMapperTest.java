package org.grantwell.workflow.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RoundInputMapperTest {

  private static RoundInput round(RoundInput.Rules rules, String spendBy) {
    return new RoundInput("FZ-1", "Fuzz round", "SSF", "2027-01-01T09:00", "2027-02-01T09:00", new BigDecimal("1000000"),
        BigDecimal.ZERO, new BigDecimal("1000"), "2027-04-01", spendBy, rules);
  }

  private static RoundInput.Rules rules(List<String> categories, BigDecimal weight, BigDecimal moderation) {
    return new RoundInput.Rules(List.of("PCC_OFFICE"), Map.of(), null, BigDecimal.ZERO, null, null, List.of(), null,
        categories, List.of(new RoundInput.Criterion("A", "Title", "Guidance", weight, 5)), new BigDecimal("50"), moderation);
  }

  @Test
  void shouldMapARoundWhenEveryFieldIsSound() {
    NewRound round = RoundInputMapper.toNewRound(round(rules(List.of(" staff "), new BigDecimal("100"), new BigDecimal("10")), "2028-03-31"), "GB-GOR-D16");

    assertThat(round).isNotNull();
  }

  @Test
  void shouldRefuseAModerationThresholdWhenItIsNotAPercentage() {
    assertThat(fields(round(rules(List.of(), new BigDecimal("100"), new BigDecimal("1000000")), "2028-03-31")))
        .containsExactly("rules.moderationThreshold");
    assertThat(fields(round(rules(List.of(), new BigDecimal("100"), new BigDecimal("-1")), "2028-03-31")))
        .containsExactly("rules.moderationThreshold");
  }

  @Test
  void shouldRefuseACostCategoryWhenItIsEmptyOrTooLong() {
    assertThat(fields(round(rules(Arrays.asList((String) null), new BigDecimal("100"), null), "2028-03-31")))
        .containsExactly("rules.costCategories");
    assertThat(fields(round(rules(List.of("C".repeat(65)), new BigDecimal("100"), null), "2028-03-31")))
        .containsExactly("rules.costCategories");
  }

  @Test
  void shouldRefuseAWeightWhenItHasMoreThanTwoPlacesOrAHugeExponent() {
    assertThat(fields(round(rules(List.of(), new BigDecimal("33.333"), null), "2028-03-31"))).contains("rules.criteria[0]");
    assertThat(fields(round(rules(List.of(), new BigDecimal("1e999999999"), null), "2028-03-31"))).contains("rules.criteria[0]");
  }

  @Test
  void shouldRefuseADateWhenItIsFarBeyondAnyRound() {
    assertThat(fields(round(rules(List.of(), new BigDecimal("100"), null), "+99999-03-31"))).containsExactly("spendBy");
  }

  @Test
  void shouldRefuseANameWhenItIsLongerThanTheColumn() {
    RoundInput in = round(rules(List.of(), new BigDecimal("100"), null), "2028-03-31");
    RoundInput longName = new RoundInput(in.reference(), "n".repeat(256), in.programmeCode(), in.opensAt(), in.closesAt(), in.pot(),
        in.minBid(), in.maxBid(), in.spendStart(), in.spendBy(), in.rules());

    assertThat(fields(longName)).containsExactly("name");
  }

  private static List<String> fields(RoundInput input) {
    try {
      RoundInputMapper.toNewRound(input, "GB-GOR-D16");
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("expected the round to be refused");
  }
}
