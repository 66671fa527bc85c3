package org.grantwell.bench.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantwell.bench.Bench;

/**
 * The N+1 check: sends a fixed set of requests with the {@code X-Grantwell-Sql-Probe} header to a
 * server started with {@code -Dgrantwell.diagnostics.sql=true}, reads the statement count each
 * one left in the server log, and writes them (the least of three tries, so that a background job
 * on the same thread pool cannot inflate one) as a small JSON file. Run at 1,000 and at 10,000
 * bids, the two files must show the same counts.
 *
 * <p>Subcommands {@code sql} and {@code sql-compare} of {@link Bench}.
 */
public final class SqlProbe {

  private static final Pattern LINE = Pattern.compile("SQL probe ([A-Za-z0-9._-]+): (\\d+) statements");
  private static final int TRIES = 3;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String password;
  private final String run = Long.toString(System.nanoTime(), 36);

  private SqlProbe(String baseUrl, String password) {
    this.baseUrl = baseUrl;
    this.password = password;
  }

  /** A request the probe sends: who, what, and its name in the results. */
  record Probe(String name, String user, String path) {}

  /** Sends the probes and writes their statement counts. */
  public static void run(Bench.Options options) throws Exception {
    SqlProbe probe = new SqlProbe(options.required("base-url"), options.text("password", "grantwell-bench"));
    List<Probe> probes = probes(options.required("jdbc-url"), options.text("db-user", "postgres"),
        options.text("db-password", "unused"));
    Map<String, Long> counts = probe.measure(probes, Path.of(options.required("log")));
    StringBuilder json = new StringBuilder("{\n");
    counts.forEach((name, count) ->
        json.append(json.length() > 2 ? ",\n" : "").append("  \"").append(name).append("\": ").append(count));
    json.append("\n}\n");
    write(Path.of(options.required("out")), json.toString());
    counts.forEach((name, count) -> System.out.printf("  %-28s %6d statements%n", name, count));
  }

  /**
   * Compares the counts at two sizes and writes the markdown section for results.md; fails (exit
   * 1 from the caller) when nothing was measured.
   */
  public static void compare(Bench.Options options) throws IOException {
    Map<String, Long> small = readJson(Path.of(options.required("small")));
    Map<String, Long> large = readJson(Path.of(options.required("large")));
    StringBuilder md = new StringBuilder("## SQL statements per request (N+1 check)\n\n")
        .append("Statements the server sent for one request (EclipseLink and the engine, after authentication;")
        .append(" the least of three tries), counted by `-Dgrantwell.diagnostics.sql=true`, at 1,000 and at 10,000 bids.\n\n")
        .append("| request | 1,000 bids | 10,000 bids | grows? |\n|---|---:|---:|---|\n");
    int growing = 0;
    for (Map.Entry<String, Long> entry : small.entrySet()) {
      Long at10k = large.get(entry.getKey());
      boolean grows = at10k != null && at10k > entry.getValue();
      growing += grows ? 1 : 0;
      md.append("| ").append(entry.getKey()).append(" | ").append(entry.getValue()).append(" | ")
          .append(at10k == null ? "-" : at10k).append(" | ").append(grows ? "**yes**" : "no").append(" |\n");
    }
    md.append("\n").append(growing == 0 ? "Target met: no request's statement count grows with the data set."
        : "Target not met: " + growing + " request(s) send more statements at 10,000 bids.").append("\n");
    write(Path.of(options.required("out")), md.toString());
    System.out.print(md);
  }

  private static Map<String, Long> readJson(Path file) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("\"([^\"]+)\":\\s*(\\d+)").matcher(Files.readString(file));
    while (entry.find()) {
      counts.put(entry.group(1), Long.parseLong(entry.group(2)));
    }
    return counts;
  }

  private static void write(Path out, String text) throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, text);
  }

  /**
   * The requests: one of each kind a user makes often, as the people the benchmark data has
   * (a bidder with drafts, an assessor with open tasks, the national finance lead, a funder's
   * officer), on records picked from the database so the same kinds are probed at every size.
   */
  static List<Probe> probes(String jdbc, String user, String password) throws SQLException {
    try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement sql = db.createStatement()) {
      String bidder = one(sql, "SELECT u.username FROM app_user u JOIN bid b ON b.lead_organisation_id = u.organisation_id"
          + " JOIN app_user_role r ON r.app_user_id = u.id AND r.role = 'pcc-bidder' WHERE b.status = 'DRAFT'"
          + " AND u.username LIKE 'bench.%' ORDER BY u.username LIMIT 1");
      String draft = one(sql, "SELECT MIN(b.id) FROM bid b JOIN app_user u ON u.organisation_id = b.lead_organisation_id"
          + " WHERE u.username = '" + bidder + "' AND b.status = 'DRAFT'");
      String assessor = one(sql, "SELECT ASSIGNEE_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'Task_AssessBid'"
          + " AND ASSIGNEE_ IS NOT NULL ORDER BY ASSIGNEE_ LIMIT 1");
      List<Probe> probes = new ArrayList<>();
      probes.add(new Probe("bidder.tasks", bidder, "/api/tasks"));
      probes.add(new Probe("bidder.bid", bidder, "/api/bids/" + draft));
      probes.add(new Probe("bidder.checks", bidder, "/api/bids/" + draft + "/checks"));
      probes.add(new Probe("bidder.bids", bidder, "/api/bids"));
      probes.add(new Probe("assessor.tasks", assessor, "/api/tasks"));
      probes.add(new Probe("national.action1", "bench.finance.national", "/api/reports/action1"));
      probes.add(new Probe("national.reconciliation", "bench.finance.national", "/api/ledger/reconciliation"));
      probes.add(new Probe("national.balances", "bench.finance.national", "/api/ledger/balances?by=round"));
      probes.add(new Probe("national.spending", "bench.finance.national", "/api/finance/spending-windows"));
      probes.add(new Probe("national.match", "bench.finance.national", "/api/finance/match-funding"));
      return probes;
    }
  }

  private static String one(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      if (!rows.next() || rows.getString(1) == null) {
        throw new IllegalStateException("The benchmark data has nothing for: " + query);
      }
      return rows.getString(1);
    }
  }

  Map<String, Long> measure(List<Probe> probes, Path log) throws IOException, InterruptedException {
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      for (Probe probe : probes) {
        send(probe, probe.name() + "." + run + "." + attempt);
      }
    }
    Map<String, Long> least = new TreeMap<>();
    for (int wait = 0; wait < 20 && least.size() < probes.size(); wait++) {
      Thread.sleep(500); // the log is written asynchronously
      least = read(log);
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (Probe probe : probes) {
      Long count = least.get(probe.name());
      if (count == null) {
        throw new IllegalStateException("No statement count in " + log + " for " + probe.name()
            + ": is the server running with -Dgrantwell.diagnostics.sql=true?");
      }
      ordered.put(probe.name(), count);
    }
    return ordered;
  }

  private Map<String, Long> read(Path log) throws IOException {
    Map<String, Long> least = new TreeMap<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher match = LINE.matcher(line);
      if (match.find() && match.group(1).contains("." + run + ".")) {
        String name = match.group(1).substring(0, match.group(1).indexOf("." + run + "."));
        least.merge(name, Long.parseLong(match.group(2)), Math::min);
      }
    }
    return least;
  }

  private void send(Probe probe, String id) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((probe.user() + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + probe.path()))
        .header("Authorization", "Basic " + basic)
        .header("Accept", "application/json")
        .header("X-Grantwell-Sql-Probe", id)
        .timeout(Duration.ofSeconds(120))
        .GET()
        .build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(probe + " answered " + response.statusCode());
    }
  }

}
