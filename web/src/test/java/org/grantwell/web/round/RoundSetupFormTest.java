package org.grantwell.web.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.grantwell.workflow.round.RoundInput;
import org.junit.jupiter.api.Test;

class RoundSetupFormTest {

  private static RoundSetupForm filled() {
    RoundSetupForm form = new RoundSetupForm();
    form.setReference(" SSF-R8 ");
    form.setName("Safer Streets round 8");
    form.setProgrammeCode("SSF");
    form.setOpensAt(LocalDateTime.of(2026, 12, 1, 9, 0));
    form.setClosesAt(LocalDateTime.of(2027, 1, 31, 23, 59));
    form.setPot(new BigDecimal("5000000.00"));
    form.setSpendStart(LocalDate.of(2027, 4, 1));
    form.setSpendBy(LocalDate.of(2028, 3, 31));
    form.setEligibleLeadTypes(List.of("PCC_OFFICE"));
    form.setCostCategories("Staff, Equipment\nTraining,");
    form.getCriteria().get(0).setCode("NEED");
    form.getCriteria().get(0).setWeight(new BigDecimal("100"));
    form.getCriteria().get(0).setScaleMax(5);
    return form;
  }

  @Test
  void shouldWriteLondonTimesAndIsoDatesWhenTheServiceTakesTheForm() {
    RoundInput input = filled().toInput();

    assertThat(input.reference()).isEqualTo("SSF-R8");
    assertThat(input.opensAt()).isEqualTo("2026-12-01T09:00");
    assertThat(input.closesAt()).isEqualTo("2027-01-31T23:59");
    assertThat(input.spendBy()).isEqualTo("2028-03-31");
    assertThat(input.rules().costCategories()).containsExactly("Staff", "Equipment", "Training");
    assertThat(input.rules().matchBase()).isEqualTo("GRANT_REQUESTED");
    assertThat(input.rules().matchInKindCounts()).isTrue();
  }

  @Test
  void shouldLeaveOutBlankRowsWhenTheFormHasThem() {
    RoundSetupForm form = filled();
    form.addCriterion();
    form.addYearCap();
    form.addYearCap();
    form.getYearCaps().get(1).setYear("2027-28");
    form.getYearCaps().get(1).setCap(new BigDecimal("300000.00"));

    RoundInput input = form.toInput();

    assertThat(input.rules().criteria()).hasSize(1);
    assertThat(input.rules().yearCaps()).containsOnlyKeys("2027-28");
  }

  @Test
  void shouldFindTheFormRowWhenTheServiceCountsOnlyFilledCriteria() {
    RoundSetupForm form = filled();
    form.getCriteria().add(0, new RoundSetupForm.Criterion());
    form.addCriterion();
    form.getCriteria().get(2).setCode("DELIVERY");

    assertThat(form.criterionRow(0)).isEqualTo(1);
    assertThat(form.criterionRow(1)).isEqualTo(2);
    assertThat(form.criterionRow(2)).isEqualTo(-1);
  }

  @Test
  void shouldSendNoCriteriaWhenOnlyABlankRowIsLeft() {
    RoundSetupForm form = filled();
    form.removeCriterion(form.getCriteria().get(0));
    form.addCriterion();

    assertThat(form.toInput().rules().criteria()).isEmpty();
  }
}
