package org.grantwell.db.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.grantwell.db.user.LoginBackoff.State;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private final LoginBackoff policy = LoginBackoff.STANDARD;

  private State fail(State state, Instant at, int times) {
    State current = state;
    for (int i = 0; i < times; i++) {
      current = policy.afterFailure(current, at);
    }
    return current;
  }

  @Test
  void shouldNotLockWhenFourFailuresFallInTheWindow() {
    State state = fail(null, T0, 4);

    assertThat(state.failures()).isEqualTo(4);
    assertThat(policy.isLocked(state, T0)).isFalse();
  }

  @Test
  void shouldLockForFiveMinutesWhenTheFifthFailureFallsInTheWindow() {
    State four = fail(null, T0, 4);
    State five = policy.afterFailure(four, T0.plusSeconds(60));

    assertThat(LoginBackoff.locked(four, five)).isTrue();
    assertThat(five.lockedUntil()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(5)));
    assertThat(policy.isLocked(five, T0.plusSeconds(60 + 299))).isTrue();
    assertThat(policy.isLocked(five, T0.plusSeconds(60 + 300))).isFalse();
  }

  @Test
  void shouldStartCountingAgainWhenTheWindowHasPassed() {
    State four = fail(null, T0, 4);
    State next = policy.afterFailure(four, T0.plus(Duration.ofMinutes(15)));

    assertThat(next.failures()).isEqualTo(1);
    assertThat(policy.isLocked(next, T0.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void shouldNotExtendTheLockWhenFailuresArriveWhileLocked() {
    State locked = fail(null, T0, 5);
    State retried = policy.afterFailure(locked, T0.plusSeconds(10));

    assertThat(retried).isEqualTo(locked);
  }

  @Test
  void shouldDoubleTheLockWhenLockedAgainAfterTheFirstLockEnds() {
    State first = fail(null, T0, 5);
    Instant later = first.lockedUntil();
    State second = fail(first, later, 5);

    assertThat(second.lockouts()).isEqualTo(2);
    assertThat(second.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(10)));
  }

  @Test
  void shouldCapTheLockAtTwentyFourHours() {
    assertThat(policy.lockDuration(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.lockDuration(4)).isEqualTo(Duration.ofMinutes(40));
    assertThat(policy.lockDuration(12)).isEqualTo(Duration.ofHours(24));
    assertThat(policy.lockDuration(1_000)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void shouldForgetPastLockOutsWhenADayPassesWithoutFailure() {
    State first = fail(null, T0, 5);
    Instant nextDay = first.lastFailureAt().plus(Duration.ofHours(24));
    State fresh = fail(first, nextDay, 5);

    assertThat(fresh.lockouts()).isEqualTo(1);
    assertThat(fresh.lockedUntil()).isEqualTo(nextDay.plus(Duration.ofMinutes(5)));
  }

  @Test
  void shouldRefuseAPolicyThatNeverLetsAnyoneTry() {
    assertThatThrownBy(
            () -> new LoginBackoff(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldReportALockOnlyFromTheFailureThatCausedIt() {
    LoginFailure row = new LoginFailure("bidder.avon", T0);
    boolean[] locks = new boolean[6];
    for (int i = 0; i < 6; i++) {
      locks[i] = row.recordFailure(T0.plusSeconds(i), policy);
    }

    assertThat(locks).containsExactly(false, false, false, false, true, false);
    assertThat(row.getLockouts()).isEqualTo(1);
  }
}
