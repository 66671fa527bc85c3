package org.grantwell.db.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grantwell.db.migration.SchemaMigrator;
import org.grantwell.db.shared.Money;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The paging query of {@link AwardRepository#findFundedPage} on the real migrations (H2): which
 * awards it reads, in which order, and the values of a row as the repository maps them. The tests
 * only read, so they share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundedAwardsOnH2Test {

  private static final long ROUND_SSF = 1L;
  private static final long ROUND_VCORE = 2L;

  private JdbcDataSource dataSource;
  private Connection connection;

  @BeforeAll
  void newDatabase() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:funded-awards;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    new SchemaMigrator(dataSource).migrate();
    connection = dataSource.getConnection();
    round(ROUND_SSF, "SSF-R1", 1, 101);
    round(ROUND_VCORE, "VCORE-R1", 2, 102);
    bid(10, ROUND_SSF, "'FUND'", "125000.00", null, "TIMESTAMP WITH TIME ZONE '2026-08-01 10:00:00+00'");
    bid(11, ROUND_SSF, "'DECLINE'", null, null, null);
    bid(12, ROUND_SSF, "'FUND'", "5000.00", "'LAPSED'", null);
    bid(13, ROUND_VCORE, "'PART_FUND'", "7000.00", "'ACCEPTED'", null);
    bid(14, ROUND_SSF, "NULL", null, null, null);
    execute("INSERT INTO budget_line (bid_id, position, financial_year, quarter, category, capital,"
        + " description, amount) VALUES (10, 0, 2026, 1, 'STAFF', FALSE, 'x', 100000.00),"
        + " (10, 1, 2026, 2, 'STAFF', FALSE, 'y', 50000.00)");
    execute("UPDATE award SET spend_start = DATE '2026-10-01', spend_by = DATE '2027-09-30'"
        + " WHERE bid_id = 13");
  }

  @AfterAll
  void drop() throws SQLException {
    execute("SHUTDOWN");
    connection.close();
  }

  @Test
  void shouldReadOnlyFundedUnlapsedAwardsInBidOrder() throws SQLException {
    assertThat(page(null, null, 0, 100)).extracting(AwardRepository.FundedAward::bidId)
        .containsExactly(10L, 13L);
  }

  @Test
  void shouldNarrowToTheFunderAndTheProgrammeWhenGiven() throws SQLException {
    assertThat(page(102L, null, 0, 100)).extracting(AwardRepository.FundedAward::bidId)
        .containsExactly(13L);
    assertThat(page(null, "SSF", 0, 100)).extracting(AwardRepository.FundedAward::bidId)
        .containsExactly(10L);
    assertThat(page(101L, "VCORE", 0, 100)).isEmpty();
  }

  @Test
  void shouldPageAfterTheLastBidIdWhenGivenOne() throws SQLException {
    assertThat(page(null, null, 0, 1)).extracting(AwardRepository.FundedAward::bidId)
        .containsExactly(10L);
    assertThat(page(null, null, 10, 1)).extracting(AwardRepository.FundedAward::bidId)
        .containsExactly(13L);
    assertThat(page(null, null, 13, 1)).isEmpty();
  }

  @Test
  void shouldMapTheRowWithRequestedTotalRoundWindowAndZeroLedgerWhenNothingCommitted()
      throws SQLException {
    AwardRepository.FundedAward award = page(null, null, 0, 1).get(0);

    assertThat(award.bidReference()).isEqualTo("GW-10");
    assertThat(award.title()).isEqualTo("Bid 10");
    assertThat(award.amount()).isEqualTo(Money.of("125000.00"));
    assertThat(award.amountRequested()).isEqualTo(Money.of("150000.00"));
    assertThat(award.decidedAt()).isEqualTo(Instant.parse("2026-08-01T10:00:00Z"));
    assertThat(award.spendStart()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(award.spendBy()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(award.publishedAt()).isNull();
    assertThat(award.roundReference()).isEqualTo("SSF-R1");
    assertThat(award.programmeCode()).isEqualTo("SSF");
    assertThat(award.programmeKind()).isEqualTo("COMPETITIVE");
    assertThat(award.funderId()).isEqualTo(101L);
    assertThat(award.recipientOrgId()).isEqualTo("360G-grantwell-pcc-avon-and-somerset");
    assertThat(award.forceAreaName()).isEqualTo("Avon and Somerset");
    assertThat(award.committed()).isEqualTo(Money.ZERO);
    assertThat(award.outstanding()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldUseTheAwardsOwnSpendWindowWhenOffered() throws SQLException {
    AwardRepository.FundedAward award = page(null, null, 10, 1).get(0);

    assertThat(award.spendStart()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(award.spendBy()).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(award.amountRequested()).isNull();
  }

  private List<AwardRepository.FundedAward> page(
      Long funderId, String programme, long after, int max) throws SQLException {
    String sql = AwardRepository.fundedSql(funderId, programme).replaceAll("\\?\\d", "?");
    List<AwardRepository.FundedAward> rows = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      int i = 1;
      query.setLong(i++, after);
      if (funderId != null) {
        query.setLong(i++, funderId);
      }
      if (programme != null) {
        query.setString(i, programme);
      }
      query.setMaxRows(max);
      try (ResultSet result = query.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getObject(c + 1);
          }
          rows.add(AwardRepository.FundedAward.of(row));
        }
      }
    }
    return rows;
  }

  private void round(long id, String reference, long programme, long funder) throws SQLException {
    execute("INSERT INTO funding_round (id, reference, name, programme_id, funder_id, opens_at,"
        + " closes_at, pot, min_bid, max_bid, spend_start, spend_by, version) VALUES (" + id + ", '"
        + reference + "', 'Round " + reference + "', " + programme + ", " + funder + ","
        + " TIMESTAMP WITH TIME ZONE '2026-04-01 09:00:00+00',"
        + " TIMESTAMP WITH TIME ZONE '2026-06-30 17:00:00+00', 1000000.00, 0, 1000000.00,"
        + " DATE '2026-07-01', DATE '2028-03-31', 0)");
  }

  private void bid(long id, long round, String decision, String amount, String offer, String decidedAt)
      throws SQLException {
    execute("INSERT INTO bid (id, reference, funding_round_id, lead_organisation_id, force_area_id,"
        + " pcc_office_id, title, summary, problem_statement, status, created_by, created_at,"
        + " updated_by, updated_at, version) VALUES (" + id + ", 'GW-" + id + "', " + round
        + ", 1, 1, 1, 'Bid " + id + "', 'Summary " + id + "', '', 'DRAFT', 'bidder',"
        + " TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00', 'bidder',"
        + " TIMESTAMP WITH TIME ZONE '2026-05-01 09:00:00+00', 0)");
    boolean decided = !"NULL".equals(decision);
    execute("INSERT INTO award (bid_id, funding_round_id, decision, amount, decided_by, decided_at,"
        + " offer_status, version) VALUES (" + id + ", " + round + ", " + decision + ", " + amount
        + ", " + (decided ? "'panel'" : "NULL") + ", "
        + (decided ? (decidedAt == null ? "TIMESTAMP WITH TIME ZONE '2026-08-02 10:00:00+00'" : decidedAt) : "NULL")
        + ", " + offer + ", 0)");
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
