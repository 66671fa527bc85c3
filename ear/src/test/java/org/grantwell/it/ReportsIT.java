package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grantwell.workflow.export.PackageSchema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Action 1 report over the demo data on PostgreSQL: every section is there, money is written as
 * pounds and pence, the demo's funded awards are counted, and only finance roles may ask. The
 * exports of the same records: the 360Giving file valid against the standard's schema shipped in
 * the project, the awards as a workbook, the report as a PDF, and publication as open data counted
 * by the report.
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

  @Test
  void shouldExportTheAwardsAsValid360GivingAndAsWorkbookAndPdf() throws Exception {
    HttpResponse<byte[]> json = download("api/export/360giving", "finance.national");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    String file = new String(json.body(), StandardCharsets.UTF_8);
    assertThat(PackageSchema.validate(file)).as("360Giving schema errors").isEmpty();
    JsonObject grants = Http.parse(file).asJsonObject();
    assertThat(grants.getJsonArray("grants")).as("the demo's funded awards").isNotEmpty();

    HttpResponse<byte[]> csv = download("api/export/360giving?format=csv", "finance.national");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("Identifier,");

    HttpResponse<byte[]> xlsx = download("api/export/awards?format=xlsx", "finance.national");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (Workbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
      Sheet awards = book.getSheetAt(0);
      assertThat(awards.getLastRowNum()).as("a heading and the demo's awards").isGreaterThanOrEqualTo(grants.getJsonArray("grants").size());
    }
    HttpResponse<byte[]> pdf = download("api/export/action1?format=pdf&asOf=2026-11-29", "finance.national");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(download("api/export/action1?format=docx", "finance.national").statusCode()).isEqualTo(400);
    assertThat(download("api/export/awards", "bidder.avon").statusCode()).as("not for bidders").isEqualTo(403);

    Http.Reply published = Http.post(base, "api/export/360giving/publication", "officer.ho", "{\"programme\":\"SSF\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    JsonObject openData = Http.get(base, "api/reports/action1?programme=SSF", "finance.national").json()
        .getJsonObject("access").getJsonObject("openData");
    assertThat(openData.getInt("part")).as("published awards counted: " + openData).isPositive();
  }

  private HttpResponse<byte[]> download(String path, String user) {
    return Http.download(Http.authorised(base, path, user, Http.DEMO_PASSWORD).setHeader("Accept", "*/*"));
  }

  @Test
  void shouldTrackMatchFundingSpendingWindowsAndBalancesOnPostgreSql() throws Exception {
    JsonObject match = Http.get(base, "api/finance/match-funding", "finance.national").json();
    JsonObject bid = match.getJsonArray("bids").getValuesAs(JsonObject.class).stream()
        .filter(b -> b.getBoolean("awarded"))
        .filter(b -> b.getJsonArray("contributions").getValuesAs(JsonObject.class).stream().anyMatch(c -> !c.getString("status").equals("RECEIVED")))
        .findFirst().orElseThrow(() -> new AssertionError("an awarded demo bid with match funding not yet received: " + match));
    JsonObject contribution = bid.getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
        .filter(c -> !c.getString("status").equals("RECEIVED")).findFirst().orElseThrow();
    String path = "api/finance/match-funding/" + bid.getString("bidReference") + "/" + contribution.getInt("position");

    Http.Reply received = Http.post(base, path, "officer.ho", "{\"status\":\"RECEIVED\",\"evidence\":\"Remittance advice seen\"}");
    assertThat(received.status()).as(received.body()).isEqualTo(200);
    assertThat(received.body()).contains("\"status\":\"RECEIVED\"");
    Http.Reply backwards = Http.post(base, path, "officer.ho", "{\"status\":\"CONFIRMED\",\"evidence\":\"Letter\"}");
    assertThat(backwards.status()).as("a status never moves back: " + backwards.body()).isEqualTo(422);
    assertThat(Http.post(base, path, "bidder.wyorks", "{\"status\":\"RECEIVED\",\"evidence\":\"x\"}").status())
        .as("another area's bid is not found").isEqualTo(404);
    try (java.sql.Connection db = TestDatabase.connect(); java.sql.Statement sql = db.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.executeUpdate("UPDATE match_status_change SET evidence = 'edited'"))
          .as("the record of a change is never edited").isInstanceOf(java.sql.SQLException.class);
    }

    JsonObject spending = Http.get(base, "api/finance/spending-windows?asOf=2026-11-29", "finance.national").json();
    assertThat(spending.getJsonArray("awards")).as("the demo's funded awards").isNotEmpty();
    assertThat(spending.get("totalAtRisk").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
    for (String by : java.util.List.of("round", "programme", "funder", "organisation", "area", "year")) {
      assertThat(Http.get(base, "api/ledger/balances?by=" + by, "finance.national").status()).as("balances by " + by).isEqualTo(200);
    }
    assertThat(Http.get(base, "api/ledger/balances?by=colour", "finance.national").status()).isIn(400, 422);

    HttpResponse<byte[]> workbook = download("api/export/match-funding?format=xlsx", "finance.national");
    assertThat(workbook.statusCode()).isEqualTo(200);
    try (Workbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
      assertThat(book.getNumberOfSheets()).as("bids, contributions, rounds, programmes").isEqualTo(4);
    }
    assertThat(download("api/export/spending-windows?format=csv&asOf=2026-11-29", "finance.national").statusCode()).isEqualTo(200);
  }
}
