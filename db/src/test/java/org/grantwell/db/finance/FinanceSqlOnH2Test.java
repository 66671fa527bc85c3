package org.grantwell.db.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.finance.FinanceRows.AwardRow;
import org.grantwell.db.finance.FinanceRows.BalanceRow;
import org.grantwell.db.finance.FinanceRows.MatchRow;
import org.grantwell.db.finance.FinanceRows.QuarterAmountRow;
import org.grantwell.db.finance.FinanceRows.StatusChangeRow;
import org.grantwell.db.migration.SchemaMigrator;
import org.grantwell.db.shared.Money;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The finance queries on the real migrations in a fresh in-memory H2 per test: two rounds (SSF4-T
 * funded by the Home Office, 101; VC-T funded by the Avon and Somerset office, 1), four bids, a
 * funded award with a profile and returns, a lapsed award, ledger entries, and status changes.
 */
class FinanceSqlOnH2Test {

  private static final long HOME_OFFICE = 101L;
  private static final long AVON = 1L;
  private static final long BEDS = 2L;

  private JdbcDataSource dataSource;

  @BeforeEach
  void newDatabase(TestInfo test) throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:finance-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    new SchemaMigrator(dataSource).migrate();
    execute(
        "INSERT INTO funding_round (id, reference, name, programme_id, funder_id, opens_at, closes_at, pot, min_bid,"
            + " max_bid, spend_start, spend_by, version) VALUES"
            + " (1, 'SSF4-T', 'Safer Streets 4', 1, 101, TIMESTAMP WITH TIME ZONE '2026-01-01 09:00:00+00',"
            + " TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1000000.00, 0, 750000.00, DATE '2026-04-01', DATE '2027-03-31', 0),"
            + " (2, 'VC-T', 'Victims core', 2, 1, TIMESTAMP WITH TIME ZONE '2026-01-01 09:00:00+00',"
            + " TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 500000.00, 0, 500000.00, DATE '2026-04-01', DATE '2027-03-31', 0)");
    bid(10, 1, AVON, 1, "IN_DELIVERY");
    bid(11, 1, BEDS, 2, "SUBMITTED");
    bid(12, 2, 3, 3, "OFFER_LAPSED");
    bid(13, 1, AVON, 1, "DRAFT");
    execute(
        "INSERT INTO budget_line (bid_id, position, financial_year, quarter, category, capital, description, amount) VALUES"
            + " (10, 0, 2026, 1, 'STAFF', FALSE, 'a', 30000.00), (10, 1, 2026, 1, 'STAFF', FALSE, 'b', 10000.00),"
            + " (10, 2, 2026, 2, 'CCTV', TRUE, 'c', 60000.00), (11, 0, 2026, 1, 'STAFF', FALSE, 'd', 50000.00)");
    execute(
        "INSERT INTO match_contribution (bid_id, position, source, financial_year, amount, in_kind, status, evidence) VALUES"
            + " (10, 0, 'Bristol City Council', 2026, 20000.00, FALSE, 'PLEDGED', 'letter'),"
            + " (10, 1, 'Avon Fire', 2026, 10000.00, TRUE, 'CONFIRMED', NULL),"
            + " (12, 0, 'Trust', 2026, 5000.00, FALSE, 'PLEDGED', NULL)");
    execute(
        "INSERT INTO award (bid_id, funding_round_id, decision, amount, decided_by, decided_at, offer_status, spend_start,"
            + " spend_by, version) VALUES"
            + " (10, 1, 'FUND', 80000.00, 'panel', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00', 'ACCEPTED',"
            + " DATE '2026-04-01', DATE '2027-03-31', 0),"
            + " (12, 2, 'FUND', 50000.00, 'panel', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00', 'LAPSED',"
            + " DATE '2026-04-01', DATE '2027-03-31', 0)");
    execute(
        "INSERT INTO monitoring_return (id, bid_id, financial_year, quarter, final_return, status, narrative, submitted_by,"
            + " submitted_at, version) VALUES"
            + " (1, 10, 2026, 1, FALSE, 'VERIFIED', 'q1', 'bidder', TIMESTAMP WITH TIME ZONE '2026-07-05 09:00:00+00', 1),"
            + " (2, 10, 2026, 2, FALSE, 'SUBMITTED', 'q2', 'bidder', TIMESTAMP WITH TIME ZONE '2026-10-05 09:00:00+00', 0)");
    execute(
        "INSERT INTO return_spend (return_id, position, category, capital, amount) VALUES"
            + " (1, 0, 'STAFF', FALSE, 15000.00), (1, 1, 'CCTV', TRUE, 5000.00), (2, 0, 'STAFF', FALSE, 7000.00)");
    entry(1, "POT_SET", 1, null, null, "1000000.00");
    entry(2, "AWARD_COMMITTED", 1, 10L, null, "80000.00");
    entry(3, "CLAIM_PAID", 1, 10L, 2026, "20000.00");
    entry(4, "CLAWBACK", 1, 10L, 2026, "1000.00");
    entry(5, "POT_SET", 2, null, null, "500000.00");
    entry(6, "AWARD_COMMITTED", 2, 12L, 2026, "50000.00");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void shouldSumBalancesByRoundFromEntriesWhenCallerIsNational() throws SQLException {
    List<BalanceRow> rows = balances(BalanceGrouping.ROUND, FinanceScope.all());

    assertThat(rows).extracting(BalanceRow::key).containsExactly("SSF4-T", "VC-T");
    BalanceRow ssf = rows.get(0);
    assertThat(ssf.label()).isEqualTo("Safer Streets 4");
    assertThat(ssf.pot()).isEqualTo(Money.of("1000000.00"));
    assertThat(ssf.committed()).isEqualTo(Money.of("80000.00"));
    assertThat(ssf.paid()).isEqualTo(Money.of("20000.00"));
    assertThat(ssf.clawedBack()).isEqualTo(Money.of("1000.00"));
    assertThat(ssf.remaining()).isEqualTo(Money.of("920000.00"));
    assertThat(ssf.outstanding()).isEqualTo(Money.of("60000.00"));
  }

  @Test
  void shouldSumOnlyTheFundersRoundsWhenCallerHasAnOrganisation() throws SQLException {
    assertThat(balances(BalanceGrouping.ROUND, new FinanceScope(AVON, null, null)))
        .extracting(BalanceRow::key).containsExactly("VC-T");
  }

  @Test
  void shouldGroupPotsApartWhenGroupingByOrganisation() throws SQLException {
    List<BalanceRow> rows = balances(BalanceGrouping.ORGANISATION, FinanceScope.all());

    assertThat(rows).extracting(BalanceRow::key).containsExactlyInAnyOrder(null, "1", "3");
    BalanceRow none = rows.stream().filter(r -> r.key() == null).findFirst().orElseThrow();
    assertThat(none.pot()).isEqualTo(Money.of("1500000.00"));
    assertThat(none.committed()).isEqualTo(Money.ZERO);
    BalanceRow avon = rows.stream().filter(r -> "1".equals(r.key())).findFirst().orElseThrow();
    assertThat(avon.committed()).isEqualTo(Money.of("80000.00"));
    assertThat(avon.paid()).isEqualTo(Money.of("20000.00"));
  }

  @Test
  void shouldGroupByFinancialYearOfTheEntries() throws SQLException {
    List<BalanceRow> rows = balances(BalanceGrouping.YEAR, FinanceScope.all());

    BalanceRow year = rows.stream().filter(r -> "2026".equals(r.key())).findFirst().orElseThrow();
    assertThat(year.committed()).isEqualTo(Money.of("50000.00"));
    assertThat(year.paid()).isEqualTo(Money.of("20000.00"));
    assertThat(year.clawedBack()).isEqualTo(Money.of("1000.00"));
    BalanceRow none = rows.stream().filter(r -> r.key() == null).findFirst().orElseThrow();
    assertThat(none.pot()).isEqualTo(Money.of("1500000.00"));
    assertThat(none.committed()).isEqualTo(Money.of("80000.00"));
  }

  @Test
  void shouldGroupByProgrammeFunderAndArea() throws SQLException {
    assertThat(balances(BalanceGrouping.PROGRAMME, FinanceScope.all()))
        .extracting(BalanceRow::key).containsExactly("SSF", "VCORE");
    assertThat(balances(BalanceGrouping.FUNDER, FinanceScope.all()))
        .extracting(BalanceRow::key).containsExactlyInAnyOrder("1", "101");
    List<BalanceRow> areas = balances(BalanceGrouping.AREA, FinanceScope.all());
    assertThat(areas).extracting(BalanceRow::key).containsExactlyInAnyOrder(null, "avon-and-somerset", "cambridgeshire");
    assertThat(areas.stream().filter(r -> "avon-and-somerset".equals(r.key())).findFirst().orElseThrow().label())
        .isEqualTo("Avon and Somerset");
  }

  @Test
  void shouldReadEachSubmittedBidWithItsContributionsWhenCallerIsNational() throws SQLException {
    List<MatchRow> rows = match(FinanceScope.all(), null);

    assertThat(rows).extracting(MatchRow::bidReference).containsExactly("GW-10", "GW-10", "GW-11", "GW-12");
    MatchRow first = rows.get(0);
    assertThat(first.requested()).isEqualTo(Money.of("100000.00"));
    assertThat(first.awarded()).isEqualTo(Money.of("80000.00"));
    assertThat(first.decision()).isEqualTo("FUND");
    assertThat(first.decidedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(first.position()).isZero();
    assertThat(first.source()).isEqualTo("Bristol City Council");
    assertThat(first.status()).isEqualTo(MatchStatus.PLEDGED);
    assertThat(first.inKind()).isFalse();
    assertThat(rows.get(1).inKind()).isTrue();
    assertThat(rows.get(2).position()).isNull();
    assertThat(rows.get(2).awarded()).isNull();
  }

  @Test
  void shouldReadOnlyTheBidsAnOrganisationFundsOrLeads() throws SQLException {
    assertThat(match(new FinanceScope(BEDS, null, null), null)).extracting(MatchRow::bidReference).containsExactly("GW-11");
    assertThat(match(new FinanceScope(HOME_OFFICE, null, null), null)).extracting(MatchRow::bidReference)
        .containsExactly("GW-10", "GW-10", "GW-11");
    assertThat(match(new FinanceScope(BEDS, null, null), "GW-10")).isEmpty();
  }

  @Test
  void shouldNarrowToRoundAndProgrammeWhenGiven() throws SQLException {
    assertThat(match(new FinanceScope(null, "VC-T", null), null)).extracting(MatchRow::bidReference).containsExactly("GW-12");
    assertThat(match(new FinanceScope(null, null, "SSF"), null)).extracting(MatchRow::bidReference)
        .containsExactly("GW-10", "GW-10", "GW-11");
  }

  @Test
  void shouldReadFundedAwardsThatHaveNotLapsedWithProfileAndVerifiedSpend() throws SQLException {
    List<AwardRow> awards = rows(FinanceSql.fundedAwards(FinanceScope.all()), FinanceRows::awardRow);
    assertThat(awards).extracting(AwardRow::bidReference).containsExactly("GW-10");
    assertThat(awards.get(0).spendStart()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(awards.get(0).spendBy()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(awards.get(0).amount()).isEqualTo(Money.of("80000.00"));

    assertThat(rows(FinanceSql.budgetByQuarter(FinanceScope.all()), FinanceRows::quarterRow))
        .containsExactlyInAnyOrder(
            new QuarterAmountRow(10, 2026, 1, Money.of("40000.00")),
            new QuarterAmountRow(10, 2026, 2, Money.of("60000.00")));
    assertThat(rows(FinanceSql.verifiedSpendByQuarter(FinanceScope.all()), FinanceRows::quarterRow))
        .containsExactly(new QuarterAmountRow(10, 2026, 1, Money.of("20000.00")));
  }

  @Test
  void shouldReadStatusChangesAndRefuseToChangeThem() throws SQLException {
    execute("INSERT INTO match_status_change (id, bid_id, position, from_status, to_status, evidence, changed_by, changed_at)"
        + " VALUES (1, 10, 0, 'PLEDGED', 'CONFIRMED', 'signed letter', 'finance.ho', TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00')");

    List<StatusChangeRow> changes = rows(FinanceSql.statusChanges(FinanceScope.all(), "GW-10"), FinanceRows::changeRow);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).to()).isEqualTo(MatchStatus.CONFIRMED);
    assertThat(changes.get(0).evidence()).isEqualTo("signed letter");
    assertThatThrownBy(() -> execute("UPDATE match_status_change SET evidence = 'x' WHERE id = 1"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("DELETE FROM match_status_change WHERE id = 1"))
        .hasMessageContaining("append-only");
  }

  @Test
  void shouldRefuseAStatusChangeThatGoesBackwards() {
    assertThatThrownBy(() -> execute("INSERT INTO match_status_change (id, bid_id, position, from_status, to_status,"
        + " evidence, changed_by, changed_at) VALUES (2, 10, 1, 'CONFIRMED', 'PLEDGED', 'oops', 'x',"
        + " TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00')"))
        .isInstanceOf(SQLException.class);
  }

  private List<BalanceRow> balances(BalanceGrouping by, FinanceScope scope) throws SQLException {
    return rows(FinanceSql.balances(by, scope), FinanceRows::balanceRow);
  }

  private List<MatchRow> match(FinanceScope scope, String reference) throws SQLException {
    return rows(FinanceSql.matchRows(scope, reference), FinanceRows::matchRow);
  }

  private <T> List<T> rows(FinanceSql.Query query, Function<Object[], T> map) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(query.jdbcSql())) {
      for (int i = 0; i < query.parameters().size(); i++) {
        statement.setObject(i + 1, query.parameters().get(i));
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getObject(c + 1);
          }
          rows.add(map.apply(row));
        }
      }
      return rows;
    }
  }

  private void bid(long id, long round, long lead, long area, String status) throws SQLException {
    execute("INSERT INTO bid (id, reference, funding_round_id, lead_organisation_id, force_area_id, pcc_office_id, title,"
        + " summary, problem_statement, status, created_by, created_at, updated_by, updated_at, version) VALUES ("
        + id + ", 'GW-" + id + "', " + round + ", " + lead + ", " + area + ", " + area + ", 'Bid " + id + "', '', '', '"
        + status + "', 'bidder', TIMESTAMP WITH TIME ZONE '2026-01-10 09:00:00+00', 'bidder',"
        + " TIMESTAMP WITH TIME ZONE '2026-01-10 09:00:00+00', 0)");
  }

  private void entry(long id, String type, long round, Long bid, Integer year, String amount) throws SQLException {
    execute("INSERT INTO ledger_entry (id, entry_type, funding_round_id, bid_id, financial_year, quarter, amount, reason,"
        + " idempotency_key, created_by, created_at) VALUES (" + id + ", '" + type + "', " + round + ", " + bid + ", "
        + year + ", " + ("CLAIM_PAID".equals(type) ? "1" : "NULL") + ", " + amount + ", 'test', 'key-" + id
        + "', 'finance', TIMESTAMP WITH TIME ZONE '2026-04-01 09:00:00+00')");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
