package org.grantwell.db.ledger;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database refused a ledger write: a CHECK of the entry or a balance (an invariant: the pot
 * over-committed, an award overpaid) or a unique key (the idempotency key, or a balance row opened
 * at the same moment by another transaction). The transaction is spoiled (PostgreSQL aborts it, and
 * JPA marks it for rollback) and must roll back.
 */
public class LedgerConstraintException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** PostgreSQL's check_violation. */
  public static final String POSTGRESQL_CHECK = "23514";

  /** H2's CHECK_CONSTRAINT_VIOLATED_1. */
  public static final String H2_CHECK = "23513";

  /** unique_violation on both. */
  public static final String UNIQUE = "23505";

  private static final Pattern CONSTRAINT =
      Pattern.compile("(ledger_[a-z0-9_]+?_(?:chk|uk|pkey))", Pattern.CASE_INSENSITIVE);

  /** Which kind of constraint refused the write. */
  public enum Kind {
    CHECK,
    UNIQUE
  }

  private final Kind kind;
  private final String constraint;

  public LedgerConstraintException(Kind kind, String constraint, Throwable cause) {
    super(
        "Ledger write refused by " + kind + (constraint == null ? "" : " constraint " + constraint),
        cause);
    this.kind = kind;
    this.constraint = constraint;
  }

  /**
   * The constraint violation behind a failure, if it is one: looks through the causes and each
   * SQLException's chain of next exceptions (a batch reports its failure there).
   */
  public static Optional<LedgerConstraintException> of(Throwable failure) {
    Set<Throwable> causes = new HashSet<>();
    for (Throwable cause = failure; cause != null && causes.add(cause); cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        Set<SQLException> chain = new HashSet<>();
        for (SQLException next = sql;
            next != null && chain.add(next);
            next = next.getNextException()) {
          Optional<LedgerConstraintException> found = classify(next, failure);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LedgerConstraintException> classify(SQLException sql, Throwable failure) {
    String state = sql.getSQLState();
    Kind kind;
    if (POSTGRESQL_CHECK.equals(state) || H2_CHECK.equals(state)) {
      kind = Kind.CHECK;
    } else if (UNIQUE.equals(state)) {
      kind = Kind.UNIQUE;
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new LedgerConstraintException(kind, constraintName(sql.getMessage()), failure));
  }

  /** The ledger constraint a database message names, lower case, or null. */
  static String constraintName(String message) {
    if (message == null) {
      return null;
    }
    Matcher matcher = CONSTRAINT.matcher(message);
    return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }

  public Kind kind() {
    return kind;
  }

  /** The constraint's name, e.g. {@code ledger_round_balance_within_pot_chk}, when known. */
  public String constraint() {
    return constraint;
  }
}
