package org.grantwell.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.grantwell.db.user.LoginBackoff;
import org.grantwell.db.user.LoginFailure;
import org.grantwell.db.user.LoginFailureRepository;
import org.grantwell.workflow.audit.AuditTrail;

/**
 * Counts failed sign-ins per username in the database ({@code login_failure}) and applies {@link
 * LoginBackoff#STANDARD}: after 5 failures within 15 minutes the username is refused for 5
 * minutes, doubling with each further lock-out up to 24 hours; a successful sign-in resets it.
 * Used by the form login and HTTP Basic alike.
 *
 * <p>Every failure and every lock-out is written to the {@link AuditTrail} (entity type {@code
 * LOGIN}, entity id and actor the username tried, or {@code anonymous} when none), in a transaction
 * of its own, so that the record stays whatever happens to the request. Being in the database,
 * counts and locks survive restarts and hold on every server.
 */
@ApplicationScoped
public class LoginAttempts {

  /** The audit entity type of sign-in records. */
  public static final String AUDIT_ENTITY = "LOGIN";

  public static final String FAILED = "LOGIN_FAILED";
  public static final String LOCKED = "LOGIN_LOCKED_OUT";
  static final String ANONYMOUS = "anonymous";
  static final int MAX_USERNAME_LENGTH = 64;

  /** Where a sign-in came from. */
  public enum Channel {
    FORM,
    BASIC
  }

  /** A username's standing before a sign-in: refused outright, or with failures to reset. */
  public record Standing(boolean locked, boolean hasFailures) implements java.io.Serializable {
    static final Standing CLEAR = new Standing(false, false);
  }

  private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

  @Inject private LoginFailureRepository failures;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private final LoginBackoff policy = LoginBackoff.STANDARD;

  /** The key of a typed username: stripped, lower case, at most 64 characters; never blank. */
  public static String key(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty() || key.chars().anyMatch(Character::isISOControl)) {
      return ANONYMOUS;
    }
    return key.length() > MAX_USERNAME_LENGTH ? key.substring(0, MAX_USERNAME_LENGTH) : key;
  }

  /** Whether sign-ins of this username are refused now, and whether it has failures to reset. */
  @Transactional
  public Standing standing(String username) {
    return failures
        .find(key(username))
        .map(row -> new Standing(policy.isLocked(row.state(), clock.instant()), true))
        .orElse(Standing.CLEAR);
  }

  /**
   * Records a failed sign-in and audits it; audits the lock-out too when this failure caused one.
   *
   * @return true when this failure locked the username
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean failed(String username, Channel channel) {
    String key = key(username);
    Instant now = clock.instant();
    LoginFailure row =
        failures.findForUpdate(key).orElseGet(() -> failures.store(new LoginFailure(key, now)));
    boolean locked = row.recordFailure(now, policy);
    audit.record(key, AUDIT_ENTITY, key, FAILED, null, Map.of("channel", channel.name()));
    if (locked) {
      audit.record(
          key,
          AUDIT_ENTITY,
          key,
          LOCKED,
          null,
          Map.of(
              "channel", channel.name(),
              "lockout", row.getLockouts(),
              "lockedUntil", row.getLockedUntil().toString()));
      LOG.log(Level.WARNING, "Sign-ins of {0} locked until {1}", new Object[] {key, row.getLockedUntil()});
    }
    return locked;
  }

  /** Forgets the failures of a username after it signed in. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    failures.delete(key(username));
  }
}
