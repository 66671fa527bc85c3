package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Action 1 report over the demo data on PostgreSQL: every section is there, money is written as
 * pounds and pence, the demo's funded awards are counted, and only finance roles may ask.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void shouldComputeTheAction1ReportFromTheRecords() {
    Http.Reply reply = Http.get(base, "api/reports/action1?asOf=2026-11-29", "finance.national");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(report.keySet()).contains("sustainability", "access", "fairness", "duplications", "outcomes");
    JsonObject multiYear = report.getJsonObject("sustainability").getJsonObject("multiYear");
    assertThat(multiYear.get("whole").getValueType()).as("money as a number: " + multiYear).isEqualTo(JsonValue.ValueType.NUMBER);
    assertThat(multiYear.getJsonNumber("whole").bigDecimalValue()).as("the demo's funded awards").isPositive();
    assertThat(report.getJsonObject("fairness").toString()).contains("avon-and-somerset");

    assertThat(Http.get(base, "api/reports/action1", "bidder.avon").status()).as("not for bidders").isEqualTo(403);
    assertThat(Http.get(base, "api/reports/action1?asOf=yesterday", "finance.national").status()).isIn(400, 422);
  }
}
