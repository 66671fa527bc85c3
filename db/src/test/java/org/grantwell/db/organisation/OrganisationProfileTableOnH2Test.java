package org.grantwell.db.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.grantwell.db.migration.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The real migrations on a fresh in-memory H2 per test: the organisation_profile table. */
class OrganisationProfileTableOnH2Test {

  private static final String COLUMNS =
      "INSERT INTO organisation_profile (organisation_id, address_postcode, bank_account_name, bank_sort_code,"
          + " bank_account_number, legal_status, safeguarding_policy_date, updated_by, updated_at, version) VALUES ";
  private static final String STAMP = "'provider.haven', TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00', 1)";

  private JdbcDataSource dataSource;

  @BeforeEach
  void migratedDatabase(TestInfo test) {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:profile-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    new SchemaMigrator(dataSource).migrate();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void shouldStoreProfileWhenOrganisationExists() throws SQLException {
    execute(COLUMNS + "(1, 'BS20 9ZZ', 'Avon demo', '00-00-01', '00000101', 'PUBLIC_BODY', DATE '2025-06-01', " + STAMP);

    assertThat(queryString("SELECT bank_sort_code FROM organisation_profile WHERE organisation_id = 1")).isEqualTo("00-00-01");
  }

  @Test
  void shouldStoreProfileWhenEveryDetailIsMissing() throws SQLException {
    execute(COLUMNS + "(1, NULL, NULL, NULL, NULL, NULL, NULL, " + STAMP);

    assertThat(queryString("SELECT COUNT(*) FROM organisation_profile")).isEqualTo("1");
  }

  @Test
  void shouldRefuseProfileWhenOrganisationDoesNotExist() {
    assertThatThrownBy(() -> execute(COLUMNS + "(999999, NULL, NULL, NULL, NULL, NULL, NULL, " + STAMP))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseSecondProfileWhenOrganisationHasOne() throws SQLException {
    execute(COLUMNS + "(1, NULL, NULL, NULL, NULL, NULL, NULL, " + STAMP);

    assertThatThrownBy(() -> execute(COLUMNS + "(1, NULL, NULL, NULL, NULL, NULL, NULL, " + STAMP))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseBankDetailsWhenAccountNumberIsMissing() {
    assertThatThrownBy(() -> execute(COLUMNS + "(1, NULL, 'Avon demo', '00-00-01', NULL, NULL, NULL, " + STAMP))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseAccountNumberWhenNotEightCharacters() {
    assertThatThrownBy(() -> execute(COLUMNS + "(1, NULL, 'Avon demo', '00-00-01', '0101', NULL, NULL, " + STAMP))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseLegalStatusWhenUnknown() {
    assertThatThrownBy(() -> execute(COLUMNS + "(1, NULL, NULL, NULL, NULL, 'TRUST', NULL, " + STAMP))
        .isInstanceOf(SQLException.class);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String queryString(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }
}
