package org.grantwell.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LedgerConstraintExceptionTest {

  private static final SQLException POSTGRESQL_CHECK =
      new SQLException(
          "ERROR: new row for relation \"ledger_round_balance\" violates check constraint"
              + " \"ledger_round_balance_within_pot_chk\"",
          "23514");
  private static final SQLException H2_CHECK =
      new SQLException(
          "Check constraint violation: \"LEDGER_AWARD_BALANCE_WITHIN_AWARD_CHK: (PAID <="
              + " COMMITTED)\"; SQL statement: UPDATE ledger_award_balance SET ...",
          "23513");

  @Test
  void shouldFindCheckWhenPostgresqlRefusesInsideWrappers() {
    RuntimeException failure =
        new RuntimeException("persistence", new IllegalStateException("driver", POSTGRESQL_CHECK));

    assertThat(LedgerConstraintException.of(failure))
        .get()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(LedgerConstraintException.Kind.CHECK);
              assertThat(e.constraint()).isEqualTo("ledger_round_balance_within_pot_chk");
              assertThat(e.getCause()).isSameAs(failure);
            });
  }

  @Test
  void shouldFindCheckWhenH2Refuses() {
    assertThat(LedgerConstraintException.of(H2_CHECK))
        .get()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(LedgerConstraintException.Kind.CHECK);
              assertThat(e.constraint()).isEqualTo("ledger_award_balance_within_award_chk");
            });
  }

  @Test
  void shouldFindCheckWhenBatchReportsItAsNextException() {
    BatchUpdateException batch =
        new BatchUpdateException("batch failed", null, 0, new int[0], null);
    batch.setNextException(POSTGRESQL_CHECK);

    assertThat(LedgerConstraintException.of(new RuntimeException(batch)))
        .get()
        .extracting(LedgerConstraintException::kind)
        .isEqualTo(LedgerConstraintException.Kind.CHECK);
  }

  @Test
  void shouldFindUniqueWhenKeyIsTaken() {
    SQLException unique =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint"
                + " \"ledger_entry_idempotency_key_uk\"",
            "23505");

    assertThat(LedgerConstraintException.of(unique))
        .get()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(LedgerConstraintException.Kind.UNIQUE);
              assertThat(e.constraint()).isEqualTo("ledger_entry_idempotency_key_uk");
            });
  }

  @Test
  void shouldFindNothingWhenFailureIsNoConstraint() {
    SQLException appendOnly = new SQLException("ledger_entry is append-only", "P0001");

    assertThat(LedgerConstraintException.of(new RuntimeException(appendOnly))).isEmpty();
  }
}
