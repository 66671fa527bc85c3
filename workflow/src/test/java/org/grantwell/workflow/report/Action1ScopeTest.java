package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class Action1ScopeTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
  private static final Instant OPENS = Instant.parse("2026-05-11T08:00:00Z");

  @Test
  void shouldIncludeEveryRoundWhenNothingIsChosen() {
    Action1Scope scope = Action1Scope.everything(AS_OF);

    assertThat(scope.includesRound(1L, "SSF", OPENS)).isTrue();
    assertThat(scope.includesRound(2L, "VAWG", Instant.parse("2019-01-01T00:00:00Z"))).isTrue();
  }

  @Test
  void shouldKeepOnlyTheChosenFunderWhenOneIsChosen() {
    Action1Scope scope = new Action1Scope(1L, null, null, null, AS_OF);

    assertThat(scope.includesRound(1L, "SSF", OPENS)).isTrue();
    assertThat(scope.includesRound(2L, "SSF", OPENS)).isFalse();
  }

  @Test
  void shouldKeepOnlyTheChosenProgrammeWhenOneIsChosen() {
    Action1Scope scope = new Action1Scope(null, "SSF", null, null, AS_OF);

    assertThat(scope.includesRound(1L, "SSF", OPENS)).isTrue();
    assertThat(scope.includesRound(1L, "VAWG", OPENS)).isFalse();
  }

  @Test
  void shouldTreatABlankProgrammeAsAllProgrammesWhenGivenBlank() {
    assertThat(new Action1Scope(null, "  ", null, null, AS_OF).programmeCode()).isNull();
    assertThat(new Action1Scope(null, " SSF ", null, null, AS_OF).programmeCode()).isEqualTo("SSF");
  }

  @Test
  void shouldIncludeBothEndsOfThePeriodWhenTheWindowOpensOnThem() {
    Action1Scope scope = new Action1Scope(null, null, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 11), AS_OF);

    assertThat(scope.includesRound(1L, "SSF", OPENS)).isTrue();
  }

  @Test
  void shouldLeaveOutRoundsThatOpenedOutsideThePeriodWhenOneIsChosen() {
    Action1Scope scope = new Action1Scope(null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), AS_OF);

    assertThat(scope.includesRound(1L, "SSF", Instant.parse("2026-03-31T12:00:00Z"))).isFalse();
    assertThat(scope.includesRound(1L, "SSF", Instant.parse("2027-04-01T12:00:00Z"))).isFalse();
    assertThat(scope.includesRound(1L, "SSF", OPENS)).isTrue();
  }

  @Test
  void shouldCountTheLondonDateOfTheOpeningWhenItDiffersFromUtc() {
    // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (summer time).
    Instant londonFirstOfApril = Instant.parse("2026-03-31T23:30:00Z");

    assertThat(new Action1Scope(null, null, LocalDate.of(2026, 4, 1), null, AS_OF)
        .includesRound(1L, "SSF", londonFirstOfApril)).isTrue();
    assertThat(new Action1Scope(null, null, null, LocalDate.of(2026, 3, 31), AS_OF)
        .includesRound(1L, "SSF", londonFirstOfApril)).isFalse();
  }

  @Test
  void shouldLeaveASideOpenWhenOnlyOneEndIsGiven() {
    assertThat(new Action1Scope(null, null, LocalDate.of(2026, 1, 1), null, AS_OF).inPeriod(LocalDate.of(2040, 1, 1))).isTrue();
    assertThat(new Action1Scope(null, null, null, LocalDate.of(2026, 1, 1), AS_OF).inPeriod(LocalDate.of(2000, 1, 1))).isTrue();
  }

  @Test
  void shouldRefuseAPeriodWhenItStartsAfterItEnds() {
    assertThatThrownBy(() -> new Action1Scope(null, null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), AS_OF))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field").containsExactly("from"));
  }

  @Test
  void shouldKeepEverythingElseWhenTheFunderIsReplaced() {
    Action1Scope scope = new Action1Scope(1L, "SSF", LocalDate.of(2026, 4, 1), null, AS_OF).withFunder(7L);

    assertThat(scope).isEqualTo(new Action1Scope(7L, "SSF", LocalDate.of(2026, 4, 1), null, AS_OF));
  }
}
