package org.grantwell.web.round;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundFieldLabelsTest {

  @Test
  void shouldNameAFieldInWordsWhenTheServiceNamesItsPath() {
    assertThat(RoundFieldLabels.label("rules.matchPercent")).isEqualTo("Match funding percentage");
    assertThat(RoundFieldLabels.label("closesAt")).isEqualTo("Window closes");
  }

  @Test
  void shouldCountCriteriaFromOneWhenTheServiceNamesARow() {
    assertThat(RoundFieldLabels.label("rules.criteria[1]")).isEqualTo("Criterion 2");
    assertThat(RoundFieldLabels.index("rules.criteria[1]")).isEqualTo("1");
  }

  @Test
  void shouldNameTheYearWhenAYearCapIsRefused() {
    assertThat(RoundFieldLabels.label("rules.yearCaps[2027/28]")).isEqualTo("Cap for 2027/28");
    assertThat(RoundFieldLabels.index("rules.yearCaps[2027/28]")).isEqualTo("2027/28");
  }

  @Test
  void shouldPointAtTheListWhenOneOfItsTypesIsRefused() {
    assertThat(RoundFieldLabels.label("rules.eligibleLeadTypes[0]")).isEqualTo("Who may lead a bid");
    assertThat(RoundFieldLabels.componentId("rules.eligibleLeadTypes[0]")).isEqualTo("lead-types");
    assertThat(RoundFieldLabels.componentId("minBid")).isEqualTo("min-bid");
  }

  @Test
  void shouldFallBackToTheFormWhenNoFieldIsNamed() {
    assertThat(RoundFieldLabels.label(null)).isEqualTo("The form");
    assertThat(RoundFieldLabels.componentId("rules")).isNull();
    assertThat(RoundFieldLabels.label("somethingNew")).isEqualTo("somethingNew");
  }

  @Test
  void shouldAskForTheFormsDateFormatWhenATimeOrDateIsMissing() {
    assertThat(RoundFieldLabels.message("closesAt", "Give a London time like 2027-01-31T23:59"))
        .isEqualTo("Enter a London date and time, like 31/01/2027 23:59");
    assertThat(RoundFieldLabels.message("spendBy", "Give a date like 2027-04-01")).isEqualTo("Enter a date, like 01/04/2027");
    assertThat(RoundFieldLabels.message("spendBy", "The spend-by date must be after the spending start"))
        .isEqualTo("The spend-by date must be after the spending start");
  }
}
