package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.grantwell.db.shared.FinancialYear;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes away under the running application: every connection to the application's
 * database is terminated and new ones are refused (as when the server is stopped or the network
 * drops). Requests then get 503 with a clear message and change nothing; once the database is back
 * the application serves and writes again without a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldAnswer503WhileTheDatabaseIsAwayAndRecoverWithoutARestart() throws Exception {
    String round = TestRounds.uniqueReference("SSF-OUTAGE");
    TestDatabase.copyRound("SSF-R6-DEMO", round);
    String bid = LifecycleSteps.saferStreetsBid(round, FinancialYear.containing(LocalDate.now(FinancialYear.LONDON)).next()).toString();
    assertThat(Http.get(base, "api/bids", "bidder.avon").status()).isEqualTo(200);
    long before = TestDatabase.count("SELECT COUNT(*) FROM bid");

    String database = TestDatabase.name();
    try (Connection admin = maintenanceConnection(); Statement sql = admin.createStatement()) {
      try {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

        Http.Reply read = Http.get(base, "api/bids", "bidder.avon");
        assertThat(read.status()).as(read.body()).isEqualTo(503);
        assertThat(read.body()).containsAnyOf("database", "try again").doesNotContain("Exception", "at org.");
        Http.Reply write = Http.post(base, "api/bids", "bidder.avon", bid);
        assertThat(write.status()).as(write.body()).isEqualTo(503);
        assertThat(Http.get(base, "api/health").status()).as("health tells the load balancer").isEqualTo(503);
      } finally {
        sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
      }
    }
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM bid")).as("nothing was written while it was away").isEqualTo(before);

    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    int status = 0;
    while (Instant.now().isBefore(deadline) && status != 200) {
      status = Http.get(base, "api/bids", "bidder.avon").status();
      if (status != 200) {
        Thread.sleep(1_000);
      }
    }
    assertThat(status).as("the application recovered without a restart").isEqualTo(200);
    Http.Reply created = Http.post(base, "api/bids", "bidder.avon", bid);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  /** A connection to the server's maintenance database, which stays open while the application's is refused. */
  private static Connection maintenanceConnection() throws SQLException {
    String url = System.getProperty("grantwell.test.db.url", "jdbc:postgresql://127.0.0.1:5432/grantwell_test");
    return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
        System.getProperty("grantwell.test.db.user", "postgres"), System.getProperty("grantwell.test.db.password", "unused"));
  }
}
