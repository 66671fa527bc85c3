package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/health on the real application and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldReportUpOnPostgresqlWithTheNewestSchemaAndARunningEngine() throws Exception {
    Http.Reply reply = Http.get(base, "api/health");

    assertThat(reply.status()).isEqualTo(200);
    JsonObject health = reply.json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getString("database")).isEqualTo("PostgreSQL");
    assertThat(health.getString("engine")).isEqualTo("RUNNING");
    assertThat(health.getBoolean("jobExecutor")).isTrue();
    String newest = TestDatabase.newestSchemaVersion();
    assertThat(health.getString("schemaVersion")).isEqualTo(newest);
  }
}
