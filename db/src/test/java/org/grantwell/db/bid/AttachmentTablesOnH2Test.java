package org.grantwell.db.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import org.grantwell.db.migration.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The real migrations on a fresh in-memory H2 per test: the attachment tables hold what uploads need. */
class AttachmentTablesOnH2Test {

  private static final long BID_ID = 5000L;
  private static final String ZEROS = "0".repeat(64);

  private JdbcDataSource dataSource;

  @BeforeEach
  void newDatabase(TestInfo test) throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:attachment-" + test.getTestMethod().orElseThrow().getName() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    new SchemaMigrator(dataSource).migrate();
    execute(
        "INSERT INTO funding_round (id, reference, name, programme_id, funder_id, opens_at, closes_at, pot,"
            + " min_bid, max_bid, spend_start, spend_by, version) VALUES (900, 'TEST-1', 'Test round', 1, 101,"
            + " TIMESTAMP WITH TIME ZONE '2026-01-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00',"
            + " 1000000, 0, 500000, DATE '2026-04-01', DATE '2027-03-31', 0)");
    execute(
        "INSERT INTO bid (id, reference, funding_round_id, lead_organisation_id, force_area_id, pcc_office_id,"
            + " title, summary, problem_statement, status, created_by, created_at, updated_by, updated_at, version)"
            + " VALUES (" + BID_ID + ", 'GW-5000', 900, 1, 1, 1, 't', 's', 'p', 'DRAFT', 'test', CURRENT_TIMESTAMP,"
            + " 'test', CURRENT_TIMESTAMP, 0)");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void shouldStoreElevenMegabytesWhenContentIsLargerThanDefaultLimit() throws Exception {
    byte[] content = new byte[11 * 1024 * 1024];
    Arrays.fill(content, (byte) 0x5a);
    insertAttachment(1, "Cyllideb_Ynys_Môn.pdf", "PDF", "SUPPORTING", content.length, sha256(content));

    insertContent(1, content);

    byte[] back = queryBytes("SELECT content FROM attachment_content WHERE attachment_id = 1");
    assertThat(back).hasSize(content.length);
    assertThat(sha256(back)).isEqualTo(sha256(content));
  }

  @Test
  void shouldKeepNameWhenItHasTwoHundredSupplementaryCharacters() throws SQLException {
    String name = "\uD83D\uDE00".repeat(196) + ".pdf"; // 200 code points, 396 UTF-16 units

    insertAttachment(1, name, "PDF", "SUPPORTING", 10, ZEROS);

    assertThat(queryString("SELECT file_name FROM attachment WHERE id = 1")).isEqualTo(name);
  }

  @Test
  void shouldRefuseTypeWhenNotPdfDocxOrXlsx() {
    assertThatThrownBy(() -> insertAttachment(1, "notes.pdf", "OTHER", "SUPPORTING", 10, ZEROS))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefusePurposeWhenUnknown() {
    assertThatThrownBy(() -> insertAttachment(1, "a.pdf", "PDF", "GENERAL", 10, ZEROS))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRefuseAttachmentWhenBidDoesNotExist() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO attachment (id, bid_id, file_name, detected_type, size_bytes, sha256, purpose,"
                        + " uploaded_by, uploaded_at) VALUES (1, 999999, 'a.pdf', 'PDF', 10, '" + ZEROS
                        + "', 'SUPPORTING', 'test', CURRENT_TIMESTAMP)"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void shouldRemoveContentWhenAttachmentIsDeleted() throws SQLException {
    insertAttachment(1, "a.pdf", "PDF", "SUPPORTING", 3, ZEROS);
    insertContent(1, new byte[] {1, 2, 3});

    execute("DELETE FROM attachment WHERE id = 1");

    assertThat(queryString("SELECT COUNT(*) FROM attachment_content")).isEqualTo("0");
  }

  @Test
  void shouldDrawIdsFiftyApartWhenSequenceIsUsed() throws SQLException {
    long first = Long.parseLong(queryString("SELECT NEXT VALUE FOR attachment_seq"));
    long second = Long.parseLong(queryString("SELECT NEXT VALUE FOR attachment_seq"));

    assertThat(first).isEqualTo(1000L);
    assertThat(second - first).isEqualTo(50L);
  }

  private void insertAttachment(long id, String name, String type, String purpose, long size, String sha256)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO attachment (id, bid_id, file_name, detected_type, size_bytes, sha256, purpose,"
                    + " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setLong(2, BID_ID);
      insert.setString(3, name);
      insert.setString(4, type);
      insert.setLong(5, size);
      insert.setString(6, sha256);
      insert.setString(7, purpose);
      insert.setString(8, "bidder.avon");
      insert.setObject(9, OffsetDateTime.of(2026, 5, 1, 9, 30, 0, 0, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private void insertContent(long id, byte[] content) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
      insert.setLong(1, id);
      insert.setBytes(2, content);
      insert.executeUpdate();
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
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

  private byte[] queryBytes(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as("a row for %s", sql).isTrue();
      return rows.getBytes(1);
    }
  }
}
