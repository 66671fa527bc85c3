package org.grantwell.db.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When repeated failed sign-ins lock a username, and for how long. Pure: no clock, no database.
 *
 * <p>The {@link #STANDARD} policy: after <b>5 failures within 15 minutes</b> the username is
 * locked, first for <b>5 minutes</b>; each further lock-out doubles the period (10, 20, 40
 * minutes...) up to <b>24 hours</b>. While locked, every sign-in is refused, even with the right
 * password, and the password is not checked. Failures older than the 15-minute window no longer
 * count towards the next lock-out; after 24 hours without a failure the username starts afresh
 * (the next lock-out is 5 minutes again). A successful sign-in forgets everything (the caller
 * deletes the state).
 *
 * <p>Counted per username, whether or not an account has it, so a lock-out reveals nothing about
 * which usernames exist.
 */
public final class LoginBackoff {

  public static final LoginBackoff STANDARD =
      new LoginBackoff(5, Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(24));

  /** What is known about a username's recent failures; {@code lockedUntil} is null if unlocked. */
  public record State(
      int failures, Instant firstFailureAt, Instant lastFailureAt, int lockouts, Instant lockedUntil) implements java.io.Serializable {
    public State {
      if (failures < 0 || lockouts < 0) {
        throw new IllegalArgumentException("Counts cannot be negative");
      }
      Objects.requireNonNull(firstFailureAt, "firstFailureAt");
      Objects.requireNonNull(lastFailureAt, "lastFailureAt");
    }
  }

  private final int maxFailures;
  private final Duration window;
  private final Duration firstLock;
  private final Duration maxLock;

  public LoginBackoff(int maxFailures, Duration window, Duration firstLock, Duration maxLock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (!isPositive(window) || !isPositive(firstLock) || !isPositive(maxLock)
        || maxLock.compareTo(firstLock) < 0) {
      throw new IllegalArgumentException("Durations must be positive and maxLock >= firstLock");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.firstLock = firstLock;
    this.maxLock = maxLock;
  }

  public int maxFailures() {
    return maxFailures;
  }

  /** True while the state refuses every sign-in. */
  public boolean isLocked(State state, Instant now) {
    return state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
  }

  /** How long the {@code lockout}-th lock-out (1 for the first) lasts: doubling, capped. */
  public Duration lockDuration(int lockout) {
    if (lockout < 1) {
      throw new IllegalArgumentException("lockout counts from 1");
    }
    Duration duration = firstLock;
    for (int i = 1; i < lockout && duration.compareTo(maxLock) < 0; i++) {
      duration = duration.multipliedBy(2);
    }
    return duration.compareTo(maxLock) > 0 ? maxLock : duration;
  }

  /**
   * The state after one more failure at {@code now} ({@code before} null when there was none).
   * A failure while locked changes nothing: the lock is not extended by an attacker's retries.
   */
  public State afterFailure(State before, Instant now) {
    Objects.requireNonNull(now, "now");
    if (isLocked(before, now)) {
      return before;
    }
    if (before == null || !now.isBefore(before.lastFailureAt().plus(maxLock))) {
      return count(1, now, now, 0);
    }
    if (!now.isBefore(before.firstFailureAt().plus(window))) {
      return count(1, now, now, before.lockouts());
    }
    return count(before.failures() + 1, before.firstFailureAt(), now, before.lockouts());
  }

  /** True when going from {@code before} to {@code after} locked the username. */
  public static boolean locked(State before, State after) {
    return after.lockouts() > (before == null ? 0 : before.lockouts());
  }

  private State count(int failures, Instant first, Instant now, int lockouts) {
    if (failures < maxFailures) {
      return new State(failures, first, now, lockouts, null);
    }
    int lockout = lockouts + 1;
    return new State(0, now, now, lockout, now.plus(lockDuration(lockout)));
  }

  private static boolean isPositive(Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }
}
