package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.Checks.submit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.grantwell.db.round.ApplicationWindow;
import org.junit.jupiter.api.Test;

class ApplicationWindowRuleTest {

  private static final ApplicationWindow SSF4 = SaferStreets4.WINDOW;

  /** Closes 23:59 on Sunday 30 March 2025, the day the clocks go forward: 22:59Z. */
  private static final ApplicationWindow SPRING_FORWARD =
      ApplicationWindow.inLondon(
          LocalDateTime.parse("2025-02-03T09:00"), LocalDateTime.parse("2025-03-30T23:59"));

  /** Closes 00:00 on 27 October 2024, still summer time (the clocks go back at 02:00): 23:00Z. */
  private static final ApplicationWindow AUTUMN_BACK =
      ApplicationWindow.inLondon(
          LocalDateTime.parse("2024-09-02T09:00"), LocalDateTime.parse("2024-10-27T00:00"));

  private static List<Violation> submitAt(ApplicationWindow window, Instant now) {
    return submit(SaferStreets4.validBid(), SaferStreets4.round().window(window).build(), now);
  }

  @Test
  void shouldAcceptBidAtTheFirstInstantOfTheWindow() {
    assertThat(submitAt(SSF4, SSF4.opensAt())).isEmpty();
  }

  @Test
  void shouldRejectBidOneNanosecondBeforeTheWindowOpens() {
    assertThat(submitAt(SSF4, SSF4.opensAt().minusNanos(1)))
        .containsExactly(
            new Violation(
                RuleCode.WINDOW_NOT_OPEN,
                "round",
                "The round opens at 09:00 on 18 Mar 2022 (London time); bids can be submitted from"
                    + " then"));
  }

  @Test
  void shouldAcceptBidInTheLastMinuteOfTheWindow() {
    assertThat(submitAt(SSF4, SSF4.closesAt().minus(Duration.ofMinutes(1)))).isEmpty();
  }

  @Test
  void shouldAcceptBidOneNanosecondBeforeClosing() {
    assertThat(submitAt(SSF4, SSF4.closesAt().minusNanos(1))).isEmpty();
  }

  @Test
  void shouldRejectBidAtTheInstantOfClosing() {
    assertThat(submitAt(SSF4, SSF4.closesAt()))
        .containsExactly(
            new Violation(
                RuleCode.WINDOW_CLOSED,
                "round",
                "The round closed at 23:59 on 27 May 2022 (London time)"));
  }

  @Test
  void shouldSayClosingTimeInLondonTimeWhenClosedInSummer() {
    ApplicationWindow window =
        ApplicationWindow.inLondon(
            LocalDateTime.parse("2021-05-20T09:00"), LocalDateTime.parse("2021-07-15T23:59"));

    assertThat(submitAt(window, Instant.parse("2021-07-16T08:00:00Z")))
        .extracting(Violation::message)
        .containsExactly("The round closed at 23:59 on 15 Jul 2021 (London time)");
  }

  @Test
  void shouldCloseAt2259ZWhenClosing2359OnTheDayClocksGoForward() {
    assertThat(SPRING_FORWARD.closesAt()).isEqualTo(Instant.parse("2025-03-30T22:59:00Z"));
  }

  @Test
  void shouldAcceptBidAt2358LondonOnTheDayClocksGoForward() {
    assertThat(submitAt(SPRING_FORWARD, Instant.parse("2025-03-30T22:58:00Z"))).isEmpty();
  }

  @Test
  void shouldRejectBidAt2359LondonOnTheDayClocksGoForward() {
    assertThat(submitAt(SPRING_FORWARD, Instant.parse("2025-03-30T22:59:00Z")))
        .extracting(Violation::message)
        .containsExactly("The round closed at 23:59 on 30 Mar 2025 (London time)");
  }

  @Test
  void shouldCloseAt2300ZWhenClosingMidnightBeforeClocksGoBack() {
    assertThat(AUTUMN_BACK.closesAt()).isEqualTo(Instant.parse("2024-10-26T23:00:00Z"));
  }

  @Test
  void shouldAcceptBidAt2359LondonBeforeMidnightClosingWhenClocksGoBack() {
    assertThat(submitAt(AUTUMN_BACK, Instant.parse("2024-10-26T22:59:00Z"))).isEmpty();
  }

  @Test
  void shouldRejectBidAtMidnightLondonWhenClocksGoBackThatNight() {
    assertThat(submitAt(AUTUMN_BACK, Instant.parse("2024-10-26T23:00:00Z")))
        .extracting(Violation::message)
        .containsExactly("The round closed at 00:00 on 27 Oct 2024 (London time)");
  }

  @Test
  void shouldNotCheckTheWindowWhenOnlyCheckingTheDraft() {
    RoundRules closed = SaferStreets4.round().window(SPRING_FORWARD).build();

    assertThat(Checks.check(SaferStreets4.validBid(), closed)).isEmpty();
  }
}
