package org.grantwell.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded, seeded fuzz of the API on PostgreSQL (issue 7): a few thousand malformed and random
 * requests (random JSON shapes, wrong types, huge and negative numbers, long and Unicode strings,
 * broken JSON, bad ids, paths and query parameters) at the POST, PUT and GET endpoints as valid
 * users. No answer is a 5xx, no body names a Java class or carries a stack trace, and the database
 * afterwards is as before apart from the writes that were answered 2xx: rows that existed are
 * byte-for-byte the same, and bids grew by exactly the bids created. Deterministic from the seed
 * ({@code -Dgrantwell.fuzz.seed=}); {@code -Dgrantwell.fuzz.requests=} sets how many.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

  private static final long SEED = Long.getLong("grantwell.fuzz.seed", 20261129L);
  private static final int REQUESTS = Integer.getInteger("grantwell.fuzz.requests", 2500);
  private static final String BIDDER = "bidder.wyorks";
  private static final String OFFICER = "officer.ho";
  private static final String FINANCE = "finance.national";
  private static final String DEMO_ROUND = "SSF-R6-DEMO";
  private static final String ROUND = TestRounds.uniqueReference("SSF-FUZZ");
  private static final Pattern LEAK =
      Pattern.compile("Exception|\\bat (org|java|jakarta|sun|com)\\.|java\\.|jakarta\\.|org\\.eclipse|org\\.glassfish|yasson|\\.java:\\d");

  private static final String[] STRINGS = {
    "", " ", "x", "null", "true", "0", "-1", "1e400", "NaN", "2027-28", "2027-02-30", "+999999999-12-31", "0000-01-01",
    "CCTV", "CONFIRMED", "EDIT", "REPROFILE", "EXTEND", "avon-and-somerset", "PCC_OFFICE",
    "Llanfairpwllgwyngyll", "Ynys Môn", "😀🏴󠁧󠁢󠁷󠁬󠁳󠁿", "مرحبا بالعالم", "שלום עולם", "<script>alert(1)</script>", "\" onmouseover=\"x",
    "../../etc/passwd", "a\u0000b", "\u202eexe.pdf", "' OR 1=1 --", "${jndi:ldap://x}", "#{7*7}", "%n%s%s"
  };
  private static final String[] NUMBERS = {
    "0", "-0", "1", "-1", "1.5", "0.001", "12.345", "-5", "2147483648", "-2147483649", "9223372036854775808",
    "999999999999.99", "1000000000000", "1234567890123.45", "1e400", "-1e400", "1e-400", "1E+99", "1e2147483648", "0.1e1"
  };
  private static final String[] FIELDS = {
    "title", "summary", "roundReference", "forceAreaCode", "version", "budgetLines", "matchFunding", "outcomes", "risks",
    "interventions", "locations", "amount", "quarter", "financialYear", "capital", "status", "evidence", "bidId", "kind",
    "fromYear", "toYear", "newSpendBy", "reason", "programme", "reference", "name", "pot", "rules", "weight", "username",
    "access", "registeredAddress", "governance", "legalStatus", "decision", "score", "comment", "approved", "x"
  };

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private SplittableRandom random;
  private final Map<String, Integer> byStatus = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int createdBids;
  private int otherWrites2xx;
  private long fuzzBid = -1;

  @Test
  void shouldAnswerEveryMalformedRequestWithoutA5xxOrALeakAndWriteNothingButTheValidWrites() throws Exception {
    if (TestDatabase.count("SELECT COUNT(*) FROM funding_round WHERE reference = '" + ROUND + "'") == 0) {
      TestDatabase.copyRound(DEMO_ROUND, ROUND);
    }
    long maxBidBefore = TestDatabase.count("SELECT COALESCE(MAX(id), 0) FROM bid");
    Map<String, String> before = snapshot(maxBidBefore);
    long bidsBefore = TestDatabase.count("SELECT COUNT(*) FROM bid");
    random = new SplittableRandom(SEED);
    System.out.println("ApiFuzzIT: seed " + SEED + ", " + REQUESTS + " requests");
    long started = System.nanoTime();

    for (int i = 0; i < REQUESTS && (System.nanoTime() - started) < 150_000_000_000L; i++) {
      if (fuzzBid < 0 || i % 250 == 0) {
        validBid(i);
      } else {
        oneRandomRequest(i);
      }
    }

    System.out.println("ApiFuzzIT: answers by status " + byStatus + "; bids created " + createdBids
        + ", other writes answered 2xx " + otherWrites2xx);
    assertThat(failures).as("5xx answers or leaks (seed " + SEED + ")").isEmpty();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM bid") - bidsBefore).as("bids grew by the bids created").isEqualTo(createdBids);
    assertThat(otherWrites2xx).as("random writes accepted outside the fuzz's own bids and round").isZero();
    assertThat(snapshot(maxBidBefore)).as("every row but the fuzz's own bids' and round's, as before (seed " + SEED + ")").isEqualTo(before);
  }

  /** A sound draft (the valid writes), which the random requests then aim at. */
  private void validBid(int i) {
    String body = "{\"roundReference\":\"" + ROUND + "\",\"title\":\"Fuzz " + i + " Ynys Môn 😀 שלום <b>x</b>\",\"summary\":\"Llanfairpwllgwyngyll\"}";
    Http.Reply reply = send("POST", "api/bids", BIDDER, body, "application/json");
    assertThat(reply.status()).as("a sound draft: " + reply.body()).isEqualTo(201);
    createdBids++;
    fuzzBid = reply.json().getJsonNumber("id").longValue();
    assertThat(reply.json().getJsonObject("content").getString("title"))
        .as("text stored and returned as given").isEqualTo("Fuzz " + i + " Ynys Môn 😀 שלום <b>x</b>");
  }

  private void oneRandomRequest(int i) {
    String bid = String.valueOf(fuzzBid);
    String[] paths = {
      "api/bids", "api/bids/" + bid, "api/bids/" + badId(), "api/bids/" + bid + "/team", "api/bids/" + bid + "/checks",
      "api/bids/" + bid + "/submit-for-sign-off?version=" + pick(STRINGS), "api/bids?page=" + pick(NUMBERS) + "&size=" + pick(NUMBERS),
      "api/bids?status=" + pick(STRINGS) + "&organisation=" + pick(NUMBERS), "api/tasks/" + badId() + "/complete",
      "api/tasks/" + badId() + "/claim", "api/variations", "api/variations?bidId=" + pick(NUMBERS), "api/rounds",
      "api/rounds/" + ROUND + "/pot", "api/rounds/" + ROUND + "/envelopes/" + pick(STRINGS), "api/rounds/" + badId(),
      "api/organisations/" + badId() + "/profile", "api/finance/match-funding/GW-" + badId() + "/" + pick(NUMBERS),
      "api/finance/match-funding?pledgedDays=" + pick(NUMBERS), "api/finance/spending-windows?asOf=" + pick(STRINGS),
      "api/reports/action1?asOf=" + pick(STRINGS), "api/ledger/balances?by=" + pick(STRINGS),
      "api/bids/" + bid + "/attachments?name=" + pick(STRINGS) + "&purpose=" + pick(STRINGS)
    };
    String path = paths[random.nextInt(paths.length)];
    String user = path.startsWith("api/rounds") ? OFFICER : path.contains("finance") || path.contains("export") || path.contains("reports")
        || path.contains("ledger") ? FINANCE : BIDDER;
    String method = random.nextInt(8) == 0 ? new String[] {"POST", "PUT", "GET", "DELETE", "PATCH"}[random.nextInt(5)] : methodFor(path);
    String type = random.nextInt(20) == 0 ? pick(new String[] {"text/plain", "application/xml", "application/octet-stream", "application/json; charset=latin1"}) : "application/json";
    String body = random.nextInt(10) == 0 ? broken() : value(0);
    Http.Reply reply = send(method, path, user, body, type);
    if (reply.status() / 100 == 2 && !"GET".equals(method)) {
      if ("POST".equals(method) && "api/bids".equals(path)) {
        createdBids++;
      } else if (!path.startsWith("api/bids/" + bid) && !path.startsWith("api/rounds/" + ROUND)) {
        otherWrites2xx++;
        System.out.println("ApiFuzzIT: a random " + method + " " + path + " was accepted: " + abbreviate(body));
      }
    }
  }

  /** The method the endpoint answers (bodies are what the fuzz varies). */
  private static String methodFor(String path) {
    String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (plain.equals("api/bids") || plain.equals("api/variations") || plain.equals("api/rounds")
        || plain.endsWith("/complete") || plain.endsWith("/claim") || plain.endsWith("/submit-for-sign-off")
        || plain.endsWith("/attachments") || plain.startsWith("api/finance/match-funding/")) {
      return path.contains("?") && !plain.endsWith("/attachments") && !plain.endsWith("/submit-for-sign-off") ? "GET" : "POST";
    }
    if (plain.endsWith("/team") || plain.endsWith("/pot") || plain.contains("/envelopes/") || plain.endsWith("/profile")
        || plain.matches("api/bids/[^/]+")) {
      return "PUT";
    }
    return "GET";
  }

  private Http.Reply send(String method, String path, String user, String body, String type) {
    HttpRequest.Builder request = Http.authorised(base, encode(path), user, Http.DEMO_PASSWORD).setHeader("Content-Type", type);
    request = "GET".equals(method) || "DELETE".equals(method) ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.method(method, HttpRequest.BodyPublishers.ofString(body));
    Http.Reply reply;
    try {
      reply = Http.send(request);
    } catch (java.io.UncheckedIOException closedWhileIdle) { // a kept-alive connection the server had closed: once more
      try {
        reply = Http.send(request);
      } catch (RuntimeException e) {
        failures.add(method + " " + path + " failed to answer: " + e.getMessage());
        return new Http.Reply(0, "");
      }
    }
    byStatus.merge(String.valueOf(reply.status()), 1, Integer::sum);
    if (reply.status() >= 500 || LEAK.matcher(reply.body()).find()) {
      failures.add(reply.status() + " " + method + " " + path + " " + abbreviate(body) + " -> " + abbreviate(reply.body()));
    }
    return reply;
  }

  /** A random JSON value, nested at most four deep. */
  private String value(int depth) {
    int kind = random.nextInt(depth >= 4 ? 4 : 7);
    return switch (kind) {
      case 0 -> quote(longOrPicked());
      case 1 -> pick(NUMBERS);
      case 2 -> pick(new String[] {"true", "false", "null"});
      case 3 -> quote(pick(STRINGS));
      case 4, 5 -> {
        StringBuilder object = new StringBuilder("{");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          object.append(i == 0 ? "" : ",").append(quote(pick(FIELDS))).append(':').append(value(depth + 1));
        }
        yield object.append('}').toString();
      }
      default -> {
        StringBuilder array = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          array.append(i == 0 ? "" : ",").append(value(depth + 1));
        }
        yield array.append(']').toString();
      }
    };
  }

  private String broken() {
    String whole = value(0);
    return pick(new String[] {whole.substring(0, random.nextInt(whole.length() + 1)), "{\"title\":", "{'a':1}", "[1,]", "{\"a\" 1}", "\u0000", "{}}", "NaN"});
  }

  private String longOrPicked() {
    return random.nextInt(15) == 0 ? pick(STRINGS).repeat(1 + random.nextInt(3000)) : pick(STRINGS);
  }

  private String badId() {
    return pick(new String[] {"0", "-1", "abc", "99999999999999999999", "1e3", "%20", "..", "%2e%2e", "9223372036854775807", "😀"});
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  /** Anything a URI may not hold percent-encoded; an escape already written ({@code %2e}) kept. */
  private static String encode(String path) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (escape || c != '%' && c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' && c != '|' && c != '}' && c != '#') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /**
   * Per business table (not the engine's {@code act_*} tables, nor the audit chain's head, which
   * moves with every audited write), the count and a digest of the rows, leaving out the fuzz's own:
   * bids above {@code maxBid} and their rows, the fuzz round's rows, and audit rows about either.
   */
  private static Map<String, String> snapshot(long maxBid) throws SQLException {
    Map<String, String> digests = new TreeMap<>();
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
              + " AND table_name NOT LIKE 'act\\_%' AND table_name NOT IN ('flyway_schema_history', 'audit_chain_head')"
              + " ORDER BY table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        String where = where(connection, table, maxBid);
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*), COALESCE(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '')"
            + " FROM " + table + " t" + where)) {
          rows.next();
          digests.put(table, rows.getLong(1) + ":" + rows.getString(2));
        }
      }
    }
    return digests;
  }

  private static String where(Connection connection, String table, long maxBid) throws SQLException {
    String round = "(SELECT id FROM funding_round WHERE reference = '" + ROUND + "')";
    List<String> columns = new ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
      while (rows.next()) {
        columns.add(rows.getString("COLUMN_NAME"));
      }
    }
    if (table.equals("bid")) {
      return " WHERE id <= " + maxBid;
    }
    if (table.equals("funding_round")) {
      return " WHERE reference <> '" + ROUND + "'";
    }
    if (columns.contains("bid_id")) {
      return " WHERE bid_id IS NULL OR bid_id <= " + maxBid;
    }
    if (columns.contains("funding_round_id")) {
      return " WHERE funding_round_id <> " + round;
    }
    if (table.equals("audit_entry")) {
      return " WHERE NOT (entity_type = 'BID' AND entity_id IN (SELECT reference FROM bid WHERE id > " + maxBid + "))"
          + " AND NOT (entity_type = 'ROUND' AND entity_id = '" + ROUND + "')";
    }
    return "";
  }

}
