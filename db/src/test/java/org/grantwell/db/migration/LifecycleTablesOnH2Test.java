package org.grantwell.db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.grantwell.db.allocation.Allocation;
import org.grantwell.db.assessment.Assessment;
import org.grantwell.db.award.Award;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.Variation;
import org.grantwell.db.round.FundingRound;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real migrations on a fresh in-memory H2 per test: the bid lifecycle tables of V12 refuse the
 * rows their CHECKs and keys rule out, and every column and sequence the new entities map exists.
 */
class LifecycleTablesOnH2Test {

  private static final long ROUND = 900L;
  private static final long BID = 5000L;
  private static final long OTHER_BID = 5001L;
  private static final long BID_IN_OTHER_AREA = 5002L;
  private static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-08-01 09:00:00+00'";

  private JdbcDataSource dataSource;

  @BeforeEach
  void newDatabase(TestInfo test) throws SQLException {
    dataSource = new JdbcDataSource();
    String name = test.getTestMethod().orElseThrow().getName() + test.getDisplayName().replaceAll("\\W", "");
    dataSource.setURL("jdbc:h2:mem:lifecycle-" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    new SchemaMigrator(dataSource).migrate();
    execute(
        "INSERT INTO funding_round (id, reference, name, programme_id, funder_id, opens_at, closes_at, pot,"
            + " min_bid, max_bid, spend_start, spend_by, version) VALUES (" + ROUND + ", 'TEST-1', 'Test round',"
            + " 1, 101, TIMESTAMP WITH TIME ZONE '2026-01-01 09:00:00+00',"
            + " TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00', 1000000, 0, 500000, DATE '2026-04-01',"
            + " DATE '2028-03-31', 0)");
    insertBid(BID, 1);
    insertBid(OTHER_BID, 1);
    insertBid(BID_IN_OTHER_AREA, 2);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute("SHUTDOWN");
  }

  private void insertBid(long id, long forceArea) throws SQLException {
    execute(
        "INSERT INTO bid (id, reference, funding_round_id, lead_organisation_id, force_area_id, pcc_office_id,"
            + " title, summary, problem_statement, status, created_by, created_at, updated_by, updated_at, version)"
            + " VALUES (" + id + ", 'GW-" + id + "', " + ROUND + ", 1, " + forceArea + ", 1, 't', 's', 'p',"
            + " 'SUBMITTED', 'test', " + NOW + ", 'test', " + NOW + ", 0)");
  }

  // --- bid rank ---

  @Test
  void shouldRefuseSecondRankOneWhenSameRoundAndArea() throws SQLException {
    execute("UPDATE bid SET area_rank = 1 WHERE id = " + BID);

    assertThatThrownBy(() -> execute("UPDATE bid SET area_rank = 1 WHERE id = " + OTHER_BID))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("BID_AREA_RANK_UK");
  }

  @Test
  void shouldAllowRankOneWhenOtherArea() throws SQLException {
    execute("UPDATE bid SET area_rank = 1 WHERE id = " + BID);

    assertThatCode(() -> execute("UPDATE bid SET area_rank = 1 WHERE id = " + BID_IN_OTHER_AREA))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldAllowManyUnrankedBidsWhenSameRoundAndArea() throws SQLException {
    assertThat(queryLong("SELECT COUNT(*) FROM bid WHERE area_rank IS NULL AND force_area_id = 1")).isEqualTo(2);
  }

  @Test
  void shouldRefuseRankWhenZero() {
    assertThatThrownBy(() -> execute("UPDATE bid SET area_rank = 0 WHERE id = " + BID))
        .isInstanceOf(SQLException.class);
  }

  // --- round allocation settings ---

  @Test
  void shouldRefuseAllocationBasisWhenUnknown() {
    assertThatThrownBy(() -> execute("UPDATE funding_round SET allocation_basis = 'CRIME' WHERE id = " + ROUND))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseRingFencedPotWhenNegative() {
    assertThatThrownBy(() -> execute("UPDATE funding_round SET ring_fenced_pot = -1 WHERE id = " + ROUND))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseNeedsIndicatorWhenZero() {
    assertThatThrownBy(
            () -> execute("INSERT INTO round_needs_indicator VALUES (" + ROUND + ", 1, 0)"))
        .isInstanceOf(SQLException.class);
  }

  // --- assessments ---

  @Test
  void shouldRefuseSecondAssessmentWhenSameBidAndAssessor() throws SQLException {
    insertAssessment(1, "assessor.one", "OPEN", "NULL");

    assertThatThrownBy(() -> insertAssessment(2, "assessor.one", "OPEN", "NULL"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ASSESSMENT_BID_ASSESSOR_UK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "100.01"})
  void shouldRefuseWeightedScoreWhenOutsideZeroToHundred(String score) {
    assertThatThrownBy(() -> insertAssessment(1, "assessor.one", "SUBMITTED", score))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseAssessmentStatusWhenUnknown() {
    assertThatThrownBy(() -> insertAssessment(1, "assessor.one", "DONE", "NULL"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseCriterionScoreWhenNegative() throws SQLException {
    insertAssessment(1, "assessor.one", "OPEN", "NULL");

    assertThatThrownBy(() -> execute("INSERT INTO assessment_score VALUES (1, 'NEED', -1, '')"))
        .isInstanceOf(SQLException.class);
  }

  private void insertAssessment(long id, String assessor, String status, String score) throws SQLException {
    execute(
        "INSERT INTO assessment (id, bid_id, assessor, status, weighted_score, created_at, version) VALUES ("
            + id + ", " + BID + ", '" + assessor + "', '" + status + "', " + score + ", " + NOW + ", 0)");
  }

  // --- awards ---

  @Test
  void shouldRefusePartFundWhenNoAmount() {
    assertThatThrownBy(() -> insertAward("'PART_FUND'", "NULL", "NULL")).isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseDeclineWhenAmountGiven() {
    assertThatThrownBy(() -> insertAward("'DECLINE'", "1000.00", "NULL")).isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseAmountWhenUndecided() {
    assertThatThrownBy(() -> insertAward("NULL", "1000.00", "NULL")).isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseOfferWhenUndecided() {
    assertThatThrownBy(() -> insertAward("NULL", "NULL", "'OFFERED'")).isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseOfferWhenDeclined() {
    assertThatThrownBy(() -> insertAward("'DECLINE'", "NULL", "'OFFERED'")).isInstanceOf(SQLException.class);
  }

  @Test
  void shouldStoreAwardWhenFundedWithAmountAndOffered() throws SQLException {
    insertAward("'FUND'", "250000.00", "'OFFERED'");

    assertThat(queryLong("SELECT COUNT(*) FROM award WHERE bid_id = " + BID)).isEqualTo(1);
  }

  private void insertAward(String decision, String amount, String offerStatus) throws SQLException {
    execute(
        "INSERT INTO award (bid_id, funding_round_id, decision, amount, offer_status, version) VALUES ("
            + BID + ", " + ROUND + ", " + decision + ", " + amount + ", " + offerStatus + ", 0)");
  }

  // --- monitoring returns ---

  @Test
  void shouldRefuseReturnWhenQuarterFive() {
    assertThatThrownBy(() -> insertReturn(1, 5, false)).isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseSecondReturnWhenSameQuarter() throws SQLException {
    insertReturn(1, 2, false);

    assertThatThrownBy(() -> insertReturn(2, 2, false))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("MONITORING_RETURN_PERIOD_UK");
  }

  @Test
  void shouldAllowFinalReturnWhenQuarterHasOrdinaryReturn() throws SQLException {
    insertReturn(1, 4, false);

    assertThatCode(() -> insertReturn(2, 4, true)).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseSpendWhenNegative() throws SQLException {
    insertReturn(1, 2, false);

    assertThatThrownBy(() -> execute("INSERT INTO return_spend VALUES (1, 0, 'Staff', FALSE, -0.01)"))
        .isInstanceOf(SQLException.class);
  }

  private void insertReturn(long id, int quarter, boolean finalReturn) throws SQLException {
    execute(
        "INSERT INTO monitoring_return (id, bid_id, financial_year, quarter, final_return, status, narrative,"
            + " submitted_by, submitted_at, version) VALUES (" + id + ", " + BID + ", 2026, " + quarter + ", "
            + finalReturn + ", 'SUBMITTED', 'n', 'bidder', " + NOW + ", 0)");
  }

  // --- variations ---

  @Test
  void shouldRefuseExtendWhenNoNewSpendBy() {
    assertThatThrownBy(() -> insertVariation("'EXTEND'", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseReprofileWhenSameYear() {
    assertThatThrownBy(() -> insertVariation("'REPROFILE'", "2026", "2026", "NULL", "NULL", "100.00", "NULL"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseMoveCategoryWhenNoAmount() {
    assertThatThrownBy(() -> insertVariation("'MOVE_CATEGORY'", "NULL", "NULL", "'Staff'", "'CCTV'", "NULL", "NULL"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldStoreVariationsWhenEachKindHasItsFields() throws SQLException {
    insertVariation("'REPROFILE'", "2026", "2027", "NULL", "NULL", "100.00", "NULL");
    insertVariation("'MOVE_CATEGORY'", "NULL", "NULL", "'Staff'", "'CCTV'", "100.00", "NULL");
    insertVariation("'EXTEND'", "NULL", "NULL", "NULL", "NULL", "NULL", "DATE '2028-09-30'");

    assertThat(queryLong("SELECT COUNT(*) FROM variation")).isEqualTo(3);
  }

  private int variations;

  private void insertVariation(
      String kind, String fromYear, String toYear, String fromCategory, String toCategory, String amount, String spendBy)
      throws SQLException {
    execute(
        "INSERT INTO variation (id, bid_id, kind, from_year, to_year, from_category, to_category, amount,"
            + " new_spend_by, reason, status, requested_by, requested_at, version) VALUES ("
            + ++variations + ", " + BID + ", " + kind + ", " + fromYear + ", " + toYear + ", " + fromCategory
            + ", " + toCategory + ", " + amount + ", " + spendBy + ", 'r', 'REQUESTED', 'bidder', " + NOW + ", 0)");
  }

  // --- allocations ---

  @Test
  void shouldRefuseSecondAllocationWhenSameRoundAndOrganisation() throws SQLException {
    insertAllocation(1, "'POPULATION'", "100.00");

    assertThatThrownBy(() -> insertAllocation(2, "'POPULATION'", "100.00"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ALLOCATION_ROUND_ORGANISATION_UK");
  }

  @Test
  void shouldRefuseAllocationWhenCoreAmountNegative() {
    assertThatThrownBy(() -> insertAllocation(1, "'NEEDS'", "-1.00")).isInstanceOf(SQLException.class);
  }

  private void insertAllocation(long id, String basis, String core) throws SQLException {
    execute(
        "INSERT INTO allocation (id, funding_round_id, organisation_id, force_area_id, basis, core_amount,"
            + " ring_fenced_amount, created_at, version) VALUES (" + id + ", " + ROUND + ", 1, 1, " + basis
            + ", " + core + ", 0, " + NOW + ", 0)");
  }

  // --- the entities' mappings ---

  @ParameterizedTest
  @ValueSource(classes = {Assessment.class, Award.class, MonitoringReturn.class, Variation.class, Allocation.class, FundingRound.class})
  void shouldHaveEveryMappedColumnWhenMigrated(Class<?> entity) throws SQLException {
    for (String column : mappedColumns(entity)) {
      String[] tableAndColumn = column.split("\\.");
      assertThat(queryLong(
              "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ? AND COLUMN_NAME = ?",
              tableAndColumn[0],
              tableAndColumn[1]))
          .as(column)
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(classes = {Assessment.class, MonitoringReturn.class, Variation.class, Allocation.class})
  void shouldStartSequenceAtThousandWhenMigrated(Class<?> entity) throws SQLException {
    String sequence = sequenceOf(entity);

    assertThat(queryLong("SELECT NEXT VALUE FOR " + sequence)).isEqualTo(1000);
    assertThat(queryLong("SELECT NEXT VALUE FOR " + sequence)).isEqualTo(1050);
  }

  private static String sequenceOf(Class<?> entity) {
    for (Field field : entity.getDeclaredFields()) {
      SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
      if (generator != null) {
        assertThat(generator.allocationSize()).isEqualTo(50);
        return generator.sequenceName();
      }
    }
    throw new AssertionError(entity + " has no sequence");
  }

  /** TABLE.COLUMN for each column the entity maps, upper case as H2 keeps unquoted names. */
  private static Set<String> mappedColumns(Class<?> entity) {
    Set<String> columns = new HashSet<>();
    String table = entity.getAnnotation(Table.class).name();
    for (Field field : entity.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
        continue;
      }
      if (field.isAnnotationPresent(ElementCollection.class)) {
        CollectionTable collection = field.getAnnotation(CollectionTable.class);
        for (JoinColumn join : collection.joinColumns()) {
          columns.add(column(collection.name(), join.name()));
        }
        if (field.isAnnotationPresent(OrderColumn.class)) {
          columns.add(column(collection.name(), field.getAnnotation(OrderColumn.class).name()));
        }
        if (field.isAnnotationPresent(MapKeyColumn.class)) {
          columns.add(column(collection.name(), field.getAnnotation(MapKeyColumn.class).name()));
        }
        if (field.isAnnotationPresent(Column.class)) {
          columns.add(column(collection.name(), name(field)));
        } else {
          Class<?> element =
              (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
          for (Field part : element.getDeclaredFields()) {
            if (!Modifier.isStatic(part.getModifiers())) {
              columns.add(column(collection.name(), name(part)));
            }
          }
        }
      } else if (field.isAnnotationPresent(ManyToOne.class)) {
        columns.add(column(table, field.getAnnotation(JoinColumn.class).name()));
      } else {
        columns.add(column(table, name(field)));
      }
    }
    return columns;
  }

  private static String name(Field field) {
    Column column = field.getAnnotation(Column.class);
    return column == null || column.name().isEmpty() ? field.getName() : column.name();
  }

  private static String column(String table, String column) {
    return table.toUpperCase(Locale.ROOT) + "." + column.toUpperCase(Locale.ROOT);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long queryLong(String sql, String... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getLong(1);
      }
    }
  }
}
