package org.grantwell.db.user;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The recent failed sign-ins of one username (typed, not necessarily an account's) and its
 * lock-out, as {@link LoginBackoff} rules. Never cached by the persistence provider, so that every
 * server reads the same counts and locks from the database.
 */
@Entity
@Table(name = "login_failure")
@Cacheable(false)
public class LoginFailure {

  @Id
  @Column(length = 64)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "first_failure_at", nullable = false)
  private Instant firstFailureAt;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(nullable = false)
  private int lockouts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Version private long version;

  protected LoginFailure() {}

  /** A username's first failure since its last success (or ever), recorded at {@code now}. */
  public LoginFailure(String username, Instant now) {
    this.username = Objects.requireNonNull(username, "username");
    this.firstFailureAt = Objects.requireNonNull(now, "now");
    this.lastFailureAt = now;
  }

  /**
   * Records one more failure.
   *
   * @return true when this failure locked the username
   */
  public boolean recordFailure(Instant now, LoginBackoff policy) {
    LoginBackoff.State before = failures == 0 && lockouts == 0 ? null : state();
    LoginBackoff.State after = policy.afterFailure(before, now);
    failures = after.failures();
    firstFailureAt = after.firstFailureAt();
    lastFailureAt = after.lastFailureAt();
    lockouts = after.lockouts();
    lockedUntil = after.lockedUntil();
    return LoginBackoff.locked(before, after);
  }

  public LoginBackoff.State state() {
    return new LoginBackoff.State(failures, firstFailureAt, lastFailureAt, lockouts, lockedUntil);
  }

  public String getUsername() {
    return username;
  }

  public int getFailures() {
    return failures;
  }

  public int getLockouts() {
    return lockouts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
