package org.grantwell.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void shouldTakeAConnectionFailureForTheDatabaseBeingAway() {
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException("Connection refused", "08001"))).isTrue();
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
  }

  @Test
  void shouldTakeThePoolsRefusalForTheDatabaseBeingAway() {
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException(
        "Error in allocating a connection. Cause: Connection could not be allocated"))).isTrue();
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException(
        "FATAL: database \"grantwell\" is not currently accepting connections", "55000"))).isTrue();
  }

  @Test
  void shouldNotTakeAFaultOfTheDataForAnOutage() {
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException("duplicate key value", "23505"))).isFalse();
    assertThat(UnexpectedExceptions.databaseUnavailable(new SQLException("no state"))).isFalse();
    assertThat(UnexpectedExceptions.databaseUnavailable(new IllegalStateException("connection"))).isFalse();
  }
}
