package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit record is tamper-evident on PostgreSQL: someone with database rights gets past the
 * triggers that refuse UPDATE ({@code session_replication_role = replica}) and edits one entry in
 * the middle of the record; {@code GET /api/audit/verify} names exactly that entry. Put back, the
 * chain is intact again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldNameTheFirstEntryEditedBehindTheApplicationsBack() throws Exception {
    JsonObject intact = verify();
    assertThat(intact.getBoolean("intact")).as(intact.toString()).isTrue();
    long entries = intact.getJsonNumber("entriesChecked").longValue();
    assertThat(entries).as("the demo data's audit record").isPositive();
    System.out.println("AuditIT: " + entries + " audit entries verified intact");
    assertThat(Http.get(base, "api/audit/verify", "bidder.avon").status()).as("not for bidders").isEqualTo(403);

    try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
      long victim;
      String actor;
      try (ResultSet row = sql.executeQuery(
          "SELECT id, actor FROM audit_entry ORDER BY id OFFSET (SELECT COUNT(*) / 2 FROM audit_entry) LIMIT 1")) {
        row.next();
        victim = row.getLong(1);
        actor = row.getString(2);
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> sql.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE id = " + victim))
          .as("the application's database refuses the edit").isInstanceOf(java.sql.SQLException.class);

      sql.execute("SET session_replication_role = replica");
      setActor(db, victim, "mallory");
      try {
        JsonObject broken = verify();
        assertThat(broken.getBoolean("intact")).as(broken.toString()).isFalse();
        assertThat(broken.getJsonNumber("firstBrokenEntryId").longValue()).isEqualTo(victim);
        assertThat(broken.getString("reason")).isEqualTo("HASH_MISMATCH");
        assertThat(broken.getString("message")).contains("Audit entry " + victim);
      } finally {
        setActor(db, victim, actor);
        sql.execute("SET session_replication_role = origin");
      }
    }
    assertThat(verify().getBoolean("intact")).as("put back").isTrue();
  }

  private JsonObject verify() {
    Http.Reply reply = Http.get(base, "api/audit/verify", "admin");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static void setActor(Connection db, long id, String actor) throws java.sql.SQLException {
    try (PreparedStatement update = db.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
      update.setString(1, actor);
      update.setLong(2, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
