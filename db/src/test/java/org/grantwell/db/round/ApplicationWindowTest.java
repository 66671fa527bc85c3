package org.grantwell.db.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ApplicationWindowTest {

  private static final Instant OPENS = Instant.parse("2025-06-02T08:00:00Z");
  private static final Instant CLOSES = Instant.parse("2025-07-15T22:59:00Z");
  private static final ApplicationWindow WINDOW = new ApplicationWindow(OPENS, CLOSES);

  @Test
  void shouldContainOpeningInstantWhenWindowOpensInclusive() {
    assertThat(WINDOW.contains(OPENS)).isTrue();
  }

  @Test
  void shouldNotContainInstantWhenOneSecondBeforeOpening() {
    assertThat(WINDOW.contains(OPENS.minusSeconds(1))).isFalse();
  }

  @Test
  void shouldNotContainClosingInstantWhenWindowClosesExclusive() {
    assertThat(WINDOW.contains(CLOSES)).isFalse();
  }

  @Test
  void shouldContainInstantWhenOneSecondBeforeClosing() {
    assertThat(WINDOW.contains(CLOSES.minusSeconds(1))).isTrue();
  }

  @Test
  void shouldRejectWindowWhenItClosesAsItOpens() {
    assertThatThrownBy(() -> new ApplicationWindow(OPENS, OPENS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectWindowWhenItClosesBeforeItOpens() {
    assertThatThrownBy(() -> new ApplicationWindow(CLOSES, OPENS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectWindowWhenAnInstantIsMissing() {
    assertThatThrownBy(() -> new ApplicationWindow(null, CLOSES))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldOpenOnGreenwichTimeWhenLondonIsOnGmt() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2025, 3, 3, 9, 0), LocalDateTime.of(2025, 3, 30, 23, 59));

    assertThat(window.opensAt()).isEqualTo(Instant.parse("2025-03-03T09:00:00Z"));
  }

  @Test
  void shouldCloseOneHourEarlierInUtcWhenBritishSummerTimeStartedThatDay() {
    // BST began at 01:00 UTC on 30 March 2025, so 23:59 London that evening is 22:59 UTC.
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2025, 3, 3, 9, 0), LocalDateTime.of(2025, 3, 30, 23, 59));

    assertThat(window.closesAt()).isEqualTo(Instant.parse("2025-03-30T22:59:00Z"));
  }

  @Test
  void shouldTakeBidsUntilOneSecondBeforeCloseWhenClosingOnDayBstStarts() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2025, 3, 3, 9, 0), LocalDateTime.of(2025, 3, 30, 23, 59));

    assertThat(window.contains(Instant.parse("2025-03-30T22:58:59Z"))).isTrue();
  }

  @Test
  void shouldRefuseBidsOneSecondAfterCloseWhenClosingOnDayBstStarts() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2025, 3, 3, 9, 0), LocalDateTime.of(2025, 3, 30, 23, 59));

    assertThat(window.contains(Instant.parse("2025-03-30T22:59:01Z"))).isFalse();
  }

  @Test
  void shouldCloseOnSummerTimeWhenClosingAtMidnightBeforeClocksGoBack() {
    // Clocks go back at 02:00 BST on 27 October 2024, so its midnight is still BST: 23:00 UTC the day before.
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2024, 10, 1, 9, 0), LocalDateTime.of(2024, 10, 27, 0, 0));

    assertThat(window.closesAt()).isEqualTo(Instant.parse("2024-10-26T23:00:00Z"));
  }

  @Test
  void shouldTakeBidsUntilOneSecondBeforeCloseWhenClosingAtMidnightBeforeClocksGoBack() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2024, 10, 1, 9, 0), LocalDateTime.of(2024, 10, 27, 0, 0));

    assertThat(window.contains(Instant.parse("2024-10-26T22:59:59Z"))).isTrue();
  }

  @Test
  void shouldRefuseBidsOneSecondAfterCloseWhenClosingAtMidnightBeforeClocksGoBack() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2024, 10, 1, 9, 0), LocalDateTime.of(2024, 10, 27, 0, 0));

    assertThat(window.contains(Instant.parse("2024-10-26T23:00:01Z"))).isFalse();
  }

  @Test
  void shouldCloseOnGreenwichTimeWhenClosingAtMidnightAfterClocksWentBack() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2024, 10, 1, 9, 0), LocalDateTime.of(2024, 10, 28, 0, 0));

    assertThat(window.closesAt()).isEqualTo(Instant.parse("2024-10-28T00:00:00Z"));
  }

  @Test
  void shouldCountWholeDaysWhenWindowDoesNotCrossClockChange() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.of(2025, 6, 2, 9, 0), LocalDateTime.of(2025, 7, 15, 23, 59));

    assertThat(window.lengthInDays()).isEqualTo(43);
  }

  @Test
  void shouldCountWholeDaysWhenWindowCrossesTheSpringClockChange() {
    // clocks went forward on 30 March 2025: 9:00 to 9:00 a week later is 7 days on the wall, 167 hours elapsed
    ApplicationWindow window =
        ApplicationWindow.inLondon(LocalDateTime.of(2025, 3, 27, 9, 0), LocalDateTime.of(2025, 4, 3, 9, 0));

    assertThat(window.lengthInDays()).isEqualTo(7);
  }
}
