package org.grantwell.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.grantwell.db.migration.SchemaMigrator;
import org.grantwell.db.shared.Money;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real migrations on a fresh in-memory H2 per test: ledger_entry refuses change, the balance
 * rows' CHECKs refuse over-commitment and over-payment whatever the SQL, and two connections
 * committing on one round take turns on its locked balance row.
 */
class LedgerTablesOnH2Test {

  private static final String APPEND_ONLY =
      "ledger_entry is append-only: a correction is a new entry";
  private static final long ROUND = 1L;
  private static final long BID = 1L;
  private static final long OTHER_BID = 2L;

  protected DataSource dataSource;
  private final ExecutorService second = Executors.newSingleThreadExecutor();

  @BeforeEach
  void newDatabase(TestInfo test) throws SQLException {
    dataSource = open("ledger-" + test.getTestMethod().orElseThrow().getName());
    new SchemaMigrator(dataSource).migrate();
    LedgerFixture.roundWithTwoBids(dataSource, ROUND, BID, OTHER_BID);
  }

  @AfterEach
  void dropDatabase() throws Exception {
    second.shutdownNow();
    second.awaitTermination(10, TimeUnit.SECONDS);
    close();
  }

  /** A new empty database named after the test (other databases override this). */
  protected DataSource open(String name) {
    return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
  }

  protected void close() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void shouldRefuseUpdateWhenRowIsInLedgerEntry() throws SQLException {
    long id =
        inTransaction(ledger -> ledger.append(EntryType.POT_SET, ROUND, null, pounds(1000), "pot"));

    assertThatThrownBy(() -> execute("UPDATE ledger_entry SET amount = 2000 WHERE id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(APPEND_ONLY);
    assertThat(queryString("SELECT amount FROM ledger_entry WHERE id = " + id))
        .isEqualTo("1000.00");
  }

  @Test
  void shouldRefuseDeleteWhenRowIsInLedgerEntry() throws SQLException {
    long id =
        inTransaction(ledger -> ledger.append(EntryType.POT_SET, ROUND, null, pounds(1000), "pot"));

    assertThatThrownBy(() -> execute("DELETE FROM ledger_entry WHERE id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(APPEND_ONLY);
    assertThat(queryString("SELECT COUNT(*) FROM ledger_entry")).isEqualTo("1");
  }

  @Test
  void shouldRefuseTruncateWhenBalanceReferencesLedgerEntry() throws SQLException {
    inTransaction(ledger -> ledger.append(EntryType.POT_SET, ROUND, null, pounds(1000), "pot"));

    assertThatThrownBy(() -> execute("TRUNCATE TABLE ledger_entry"))
        .isInstanceOf(SQLException.class);
    assertThat(queryString("SELECT COUNT(*) FROM ledger_entry")).isEqualTo("1");
  }

  @Test
  void shouldStillRefuseUpdateWhenFileDatabaseIsReopened(@TempDir Path folder) throws SQLException {
    close();
    dataSource = h2("jdbc:h2:" + folder.resolve("grantwell").toAbsolutePath());
    new SchemaMigrator(dataSource).migrate();
    LedgerFixture.roundWithTwoBids(dataSource, ROUND, BID, OTHER_BID);
    execute("SHUTDOWN"); // reopened by the next statement, and shut down after the test
    long id =
        inTransaction(ledger -> ledger.append(EntryType.POT_SET, ROUND, null, pounds(1000), "pot"));

    assertThatThrownBy(() -> execute("UPDATE ledger_entry SET reason = 'edited' WHERE id = " + id))
        .hasMessageContaining(APPEND_ONLY);
  }

  @Test
  void shouldRefuseCommitmentAbovePotWhenSqlSkipsTheService() throws SQLException {
    potOf(1000);

    assertThatThrownBy(
            () ->
                inTransaction(
                    ledger ->
                        ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(1001), "c1")))
        .satisfies(e -> assertCheck(e, "ledger_round_balance_within_pot_chk"));
    assertThat(queryString("SELECT committed FROM ledger_round_balance")).isEqualTo("0.00");
    assertThat(queryString("SELECT COUNT(*) FROM ledger_entry")).isEqualTo("1");
  }

  @Test
  void shouldRefusePotCutBelowCommitmentsWhenSqlSkipsTheService() throws SQLException {
    potOf(1000);
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(800), "c1"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    ledger ->
                        ledger.append(EntryType.POT_CHANGED, ROUND, null, pounds(-300), "cut")))
        .satisfies(e -> assertCheck(e, "ledger_round_balance_within_pot_chk"));
    assertThat(queryString("SELECT pot FROM ledger_round_balance")).isEqualTo("1000.00");
  }

  @Test
  void shouldRefusePaymentAboveCommitmentWhenSqlSkipsTheService() throws SQLException {
    potOf(1000);
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(500), "c1"));
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, OTHER_BID, pounds(500), "c2"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    ledger -> ledger.append(EntryType.CLAIM_PAID, ROUND, BID, pounds(501), "p1")))
        .satisfies(e -> assertCheck(e, "ledger_award_balance_within_award_chk"));
    assertThat(queryString("SELECT paid FROM ledger_award_balance WHERE bid_id = " + BID))
        .isEqualTo("0.00");
  }

  @Test
  void shouldRefuseClawbackAbovePaidWhenSqlSkipsTheService() throws SQLException {
    potOf(1000);
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(500), "c1"));
    inTransaction(ledger -> ledger.append(EntryType.CLAIM_PAID, ROUND, BID, pounds(100), "p1"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    ledger -> ledger.append(EntryType.CLAWBACK, ROUND, BID, pounds(101), "k1")))
        .satisfies(e -> assertCheck(e, null));
  }

  @Test
  void shouldRefuseEntryWhenItsSignDoesNotFitItsType() throws SQLException {
    potOf(1000);
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(500), "c1"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    ledger ->
                        ledger.insertEntry(EntryType.AWARD_REDUCED, ROUND, BID, pounds(100), "r1")))
        .satisfies(e -> assertCheck(e, "ledger_entry_sign_chk"));
  }

  @Test
  void shouldRefuseSecondEntryWhenIdempotencyKeyIsReused() throws SQLException {
    potOf(1000);
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(100), "award-1"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    ledger ->
                        ledger.append(
                            EntryType.AWARD_COMMITTED, ROUND, BID, pounds(100), "award-1")))
        .satisfies(
            e ->
                assertThat(LedgerConstraintException.of(e))
                    .get()
                    .extracting(LedgerConstraintException::kind)
                    .isEqualTo(LedgerConstraintException.Kind.UNIQUE));
    assertThat(queryString("SELECT committed FROM ledger_round_balance")).isEqualTo("100.00");
  }

  @Test
  void shouldLetOnlyOneCommitmentThroughWhenTogetherTheyExceedPot() throws Exception {
    potOf(1000);
    try (Connection first = transaction()) {
      LedgerJdbc ledger = new LedgerJdbc(first);
      assertThat(ledger.lockRound(ROUND).orElseThrow().remaining()).isEqualTo(pounds(1000));
      ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(600), "c1");
      Future<String> other = second.submit(() -> commitIfRoom(OTHER_BID, pounds(600), "c2"));
      awaitBlocked(first);
      first.commit();

      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("refused: £400.00 left");
    }
    assertThat(queryString("SELECT committed FROM ledger_round_balance")).isEqualTo("600.00");
    assertThat(queryString("SELECT COUNT(*) FROM ledger_award_balance")).isEqualTo("1");
  }

  @Test
  void shouldRefuseSecondCommitmentInDatabaseWhenItSkipsTheCheckUnderTheLock() throws Exception {
    potOf(1000);
    try (Connection first = transaction()) {
      LedgerJdbc ledger = new LedgerJdbc(first);
      ledger.lockRound(ROUND);
      ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(600), "c1");
      Future<Void> other =
          second.submit(
              () -> {
                inTransaction(
                    blind -> {
                      blind.lockRound(ROUND);
                      return blind.append(
                          EntryType.AWARD_COMMITTED, ROUND, OTHER_BID, pounds(600), "c2");
                    });
                return null;
              });
      awaitBlocked(first);
      first.commit();

      assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS))
          .satisfies(e -> assertCheck(e, "ledger_round_balance_within_pot_chk"));
    }
    assertThat(queryString("SELECT committed FROM ledger_round_balance")).isEqualTo("600.00");
  }

  @Test
  void shouldKeepBothCommitmentsWhenTogetherTheyFitPot() throws Exception {
    potOf(1000);
    try (Connection first = transaction()) {
      LedgerJdbc ledger = new LedgerJdbc(first);
      ledger.lockRound(ROUND);
      ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(400), "c1");
      Future<String> other = second.submit(() -> commitIfRoom(OTHER_BID, pounds(600), "c2"));
      awaitBlocked(first);
      first.commit();

      assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("committed after seeing £400.00");
    }
    assertThat(queryString("SELECT committed FROM ledger_round_balance")).isEqualTo("1000.00");
    assertThat(inTransaction(ledger -> ledger.reconcile(ROUND)).isBalanced()).isTrue();
  }

  @Test
  void shouldReconcileWhenBalancesAreSumsOfEntries() throws SQLException {
    potOf(1000);
    inTransaction(ledger -> ledger.append(EntryType.POT_CHANGED, ROUND, null, pounds(-100), "cut"));
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(500), "c1"));
    inTransaction(ledger -> ledger.append(EntryType.AWARD_REDUCED, ROUND, BID, pounds(-50), "r1"));
    inTransaction(ledger -> ledger.append(EntryType.CLAIM_PAID, ROUND, BID, pounds(200), "p1"));
    inTransaction(ledger -> ledger.append(EntryType.CLAWBACK, ROUND, BID, pounds(20), "k1"));
    inTransaction(
        ledger -> ledger.append(EntryType.VARIATION_MOVED, ROUND, BID, pounds(-30), "m1:from"));
    inTransaction(
        ledger -> ledger.append(EntryType.VARIATION_MOVED, ROUND, BID, pounds(30), "m1:to"));

    Reconciliation reconciliation = inTransaction(ledger -> ledger.reconcile(ROUND));

    assertThat(reconciliation.isBalanced()).isTrue();
    assertThat(
            queryString(
                "SELECT pot || '/' || committed || '/' || paid || '/' || clawed_back FROM"
                    + " ledger_round_balance"))
        .isEqualTo("900.00/450.00/200.00/20.00");
  }

  @Test
  void shouldReportDifferenceWhenBalanceRowNoLongerMatchesEntries() throws SQLException {
    potOf(1000);
    inTransaction(
        ledger -> ledger.append(EntryType.AWARD_COMMITTED, ROUND, BID, pounds(500), "c1"));
    execute("UPDATE ledger_award_balance SET committed = 450 WHERE bid_id = " + BID);

    Reconciliation reconciliation = inTransaction(ledger -> ledger.reconcile(ROUND));

    assertThat(reconciliation.differences())
        .containsExactly(new Reconciliation.Difference(BID, "committed", pounds(500), pounds(450)));
  }

  /** What the service does: lock, decide with what the lock shows, append or refuse. */
  private String commitIfRoom(long bid, Money amount, String key) throws SQLException {
    return inTransaction(
        ledger -> {
          RoundBalance round = ledger.lockRound(ROUND).orElseThrow();
          if (amount.isGreaterThan(round.remaining())) {
            return "refused: "
                + org.grantwell.db.shared.MoneyFormat.format(round.remaining())
                + " left";
          }
          ledger.append(EntryType.AWARD_COMMITTED, ROUND, bid, amount, key);
          return "committed after seeing "
              + org.grantwell.db.shared.MoneyFormat.format(round.committed());
        });
  }

  private void potOf(long pounds) throws SQLException {
    inTransaction(ledger -> ledger.append(EntryType.POT_SET, ROUND, null, pounds(pounds), "pot"));
  }

  private static Money pounds(long amount) {
    return Money.ofPounds(amount);
  }

  private static void assertCheck(Throwable failure, String constraint) {
    assertThat(LedgerConstraintException.of(failure))
        .as("a CHECK violation behind %s", failure)
        .get()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(LedgerConstraintException.Kind.CHECK);
              if (constraint != null) {
                assertThat(e.constraint()).isEqualTo(constraint);
              }
            });
  }

  /** Waits until another session waits for a lock held by the given connection's session. */
  private void awaitBlocked(Connection holder) throws Exception {
    LedgerFixture.awaitBlocked(dataSource, holder);
  }

  private Connection transaction() throws SQLException {
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    return connection;
  }

  private <T> T inTransaction(LedgerFixture.Work<T> work) throws SQLException {
    try (Connection connection = transaction()) {
      try {
        T result = work.run(new LedgerJdbc(connection));
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("");
    return h2;
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
      assertThat(rows.next()).as("a row for %s", sql).isTrue();
      return rows.getString(1);
    }
  }
}
