package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application starts twice on the same PostgreSQL database: the second start neither fails a
 * migration nor loads the demo data again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

  private static final String APP = "restarted";

  @Deployment(name = APP, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void shouldStartTwiceOnTheSameDatabaseWithoutReseedingOrFailingMigrations() throws Exception {
    deployer.deploy(APP);
    assertHealthy();
    Map<String, Long> afterFirstStart = counts();

    deployer.undeploy(APP);
    deployer.deploy(APP);
    assertHealthy();
    Map<String, Long> afterSecondStart = counts();
    deployer.undeploy(APP);

    assertThat(afterSecondStart).isEqualTo(afterFirstStart);
    assertThat(afterSecondStart)
        .containsEntry("demo seeds", 1L)
        .containsEntry("demo users", 18L)
        .containsEntry("force areas", 43L)
        .containsEntry("failed migrations", 0L);
  }

  private static void assertHealthy() throws Exception {
    URL base = URI.create("http://localhost:" + System.getProperty("grantwell.test.http.port", "28080") + "/").toURL();
    Http.Reply reply = Http.get(base, "api/health");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getString("database")).isEqualTo("PostgreSQL");
  }

  private static Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("demo seeds", TestDatabase.count("SELECT COUNT(*) FROM demo_seed"));
    // other tests add users of their own and disable them when done
    counts.put("demo users", TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE enabled"));
    counts.put("force areas", TestDatabase.count("SELECT COUNT(*) FROM force_area"));
    counts.put("organisations", TestDatabase.count("SELECT COUNT(*) FROM organisation"));
    counts.put(
        "demo rounds", TestDatabase.count("SELECT COUNT(*) FROM funding_round WHERE reference LIKE '%-DEMO'"));
    counts.put("migrations", TestDatabase.count("SELECT COUNT(*) FROM flyway_schema_history"));
    counts.put(
        "failed migrations", TestDatabase.count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"));
    counts.put("deployments", TestDatabase.count("SELECT COUNT(*) FROM act_re_deployment"));
    return counts;
  }
}
