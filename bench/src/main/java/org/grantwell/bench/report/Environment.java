package org.grantwell.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grantwell.bench.Bench.Options;

/** {@code bench environment}: the machine, Java, PostgreSQL and the data set's size, for the head of results.md. */
public final class Environment {

  private static final Map<String, String> COUNTS = new LinkedHashMap<>();

  static {
    COUNTS.put("bids", "SELECT COUNT(*) FROM bid");
    COUNTS.put("bids in draft", "SELECT COUNT(*) FROM bid WHERE status = 'DRAFT'");
    COUNTS.put("bids in assessment", "SELECT COUNT(*) FROM bid WHERE status = 'IN_ASSESSMENT'");
    COUNTS.put("awards (funded)", "SELECT COUNT(*) FROM award WHERE decision IN ('FUND', 'PART_FUND')");
    COUNTS.put("funding rounds", "SELECT COUNT(*) FROM funding_round");
    COUNTS.put("organisations", "SELECT COUNT(*) FROM organisation");
    COUNTS.put("users", "SELECT COUNT(*) FROM app_user");
    COUNTS.put("budget lines", "SELECT COUNT(*) FROM budget_line");
    COUNTS.put("ledger entries", "SELECT COUNT(*) FROM ledger_entry");
    COUNTS.put("audit entries", "SELECT COUNT(*) FROM audit_entry");
    COUNTS.put("open workflow tasks", "SELECT COUNT(*) FROM act_ru_task");
    COUNTS.put("process instances running", "SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL");
    COUNTS.put("historic activity instances", "SELECT COUNT(*) FROM act_hi_actinst");
  }

  private Environment() {}

  public static JsonObject run(Options options) throws IOException, InterruptedException, SQLException {
    Path out = Path.of(options.text("out", "target/bench/environment.json"));
    JsonObjectBuilder counts = Json.createObjectBuilder();
    String postgres;
    try (Connection db = DriverManager.getConnection(options.required("jdbc-url"), options.text("db-user", "postgres"),
        options.text("db-password", "")); Statement sql = db.createStatement()) {
      postgres = single(sql, "SHOW server_version") + " (autovacuum " + single(sql, "SHOW autovacuum") + ")";
      for (Map.Entry<String, String> count : COUNTS.entrySet()) {
        try {
          counts.add(count.getKey(), Long.parseLong(single(sql, count.getValue())));
        } catch (SQLException e) {
          counts.add(count.getKey(), "? (" + e.getMessage() + ")");
        }
      }
    }
    JsonObject phase = Json.createObjectBuilder()
        .add("phase", "environment")
        .add("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .add("cores", Runtime.getRuntime().availableProcessors())
        .add("memoryBytes", memoryBytes())
        .add("shared", !"false".equals(options.text("shared", "true")))
        .add("java", javaVersion())
        .add("postgresql", postgres)
        .add("baseUrl", options.text("base-url", "?"))
        .add("dataSet", counts)
        .build();
    return PhaseFiles.finish(out, phase);
  }

  private static String single(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }

  private static long memoryBytes() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    if (!Files.exists(meminfo)) {
      return 0;
    }
    for (String line : Files.readAllLines(meminfo)) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
      }
    }
    return 0;
  }

  /** What {@code java -version} says (the java on the PATH, which runs the server too). */
  private static String javaVersion() throws InterruptedException {
    try {
      Process process = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      process.waitFor();
      return text;
    } catch (IOException e) {
      return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
  }
}
