package org.grantwell.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.grantwell.workflow.report.Action1Scope;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class Action1QueryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void shouldReadEveryFilterWhenAllAreGiven() {
    Action1Scope scope = Action1Query.parse("3", "SSF", "2026-04-01", "2027-03-31", "2026-12-01", TODAY);

    assertThat(scope).isEqualTo(
        new Action1Scope(3L, "SSF", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 1)));
  }

  @Test
  void shouldTakeTodayAndNoFiltersWhenNothingIsGiven() {
    assertThat(Action1Query.parse(null, "", " ", null, null, TODAY)).isEqualTo(Action1Scope.everything(TODAY));
  }

  @Test
  void shouldNameEachBadParameterWhenSeveralCannotBeRead() {
    assertThatThrownBy(() -> Action1Query.parse("home-office", null, "01/04/2026", null, "yesterday", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors())
            .extracting("field").containsExactly("funder", "from", "asOf"));
  }

  @Test
  void shouldRefuseThePeriodWhenItStartsAfterItEnds() {
    assertThatThrownBy(() -> Action1Query.parse(null, null, "2027-01-01", "2026-01-01", null, TODAY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldWriteOnlyTheFiltersSetWhenMakingTheQueryString() {
    assertThat(Action1Query.queryString(new Action1Scope(null, "SSF", LocalDate.of(2026, 4, 1), null, TODAY)))
        .isEqualTo("programme=SSF&from=2026-04-01&asOf=2026-11-29");
    assertThat(Action1Query.queryString(new Action1Scope(3L, "A&B", null, LocalDate.of(2027, 3, 31), TODAY)))
        .isEqualTo("funder=3&programme=A%26B&to=2027-03-31&asOf=2026-11-29");
  }

  @Test
  void shouldReadBackWhatItWroteWhenRoundTripped() {
    Action1Scope scope = new Action1Scope(3L, "SSF", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), TODAY);
    String[] values = new String[5];
    for (String pair : Action1Query.queryString(scope).split("&")) {
      String[] kv = pair.split("=");
      int i = java.util.List.of("funder", "programme", "from", "to", "asOf").indexOf(kv[0]);
      values[i] = kv[1];
    }

    assertThat(Action1Query.parse(values[0], values[1], values[2], values[3], values[4], TODAY.minusDays(9)))
        .isEqualTo(scope);
  }
}
