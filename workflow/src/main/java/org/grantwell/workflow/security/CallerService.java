package org.grantwell.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.db.user.CallerFacts;

/**
 * Turns a username into a {@link Caller}: the account, its organisation and force area. The web
 * layer calls it once per request with the roles the container granted; process delegates call it
 * with the roles stored for the user, since they run without a request.
 *
 * <p>It does not check {@code enabled}: authentication already refused disabled accounts, and a
 * delegate may still need to name a user who has since been disabled.
 */
@ApplicationScoped
@Transactional
public class CallerService {

  @Inject private AppUserRepository users;

  /**
   * The caller with the given roles (those the security context granted).
   *
   * @throws UnknownCallerException if there is no such user
   */
  public Caller forUsername(String username, Set<String> roles) {
    return toCaller(facts(username), roles);
  }

  /**
   * The caller with the roles stored in {@code app_user_role}, for code that runs without a
   * request (process delegates, timers).
   *
   * @throws UnknownCallerException if there is no such user
   */
  public Caller forUsername(String username) {
    return toCaller(facts(username), find(username).getRoles());
  }

  /** The names the pages show for a user: their display name and their organisation's name. */
  public Names names(String username) {
    return users.names(named(username))
        .map(names -> new Names(names.displayName(), names.organisationName()))
        .orElseThrow(() -> new UnknownCallerException(username));
  }

  /** A user's display name and organisation name. */
  public record Names(String displayName, String organisationName) implements java.io.Serializable {}

  private AppUser find(String username) {
    return users.findByUsername(named(username)).orElseThrow(() -> new UnknownCallerException(username));
  }

  /** The account facts in one statement (the entity would cost three: the user, its roles, its organisation). */
  private CallerFacts facts(String username) {
    return users.callerFacts(named(username)).orElseThrow(() -> new UnknownCallerException(username));
  }

  /** The username, unless there is none. */
  private static String named(String username) {
    if (username == null || username.isBlank()) {
      throw new UnknownCallerException(String.valueOf(username));
    }
    return username;
  }

  private static Caller toCaller(CallerFacts facts, Set<String> roles) {
    return new Caller(facts.username(), facts.userId(), facts.organisationId(), facts.organisationType().name(),
        facts.forceAreaCode(), roles);
  }
}
