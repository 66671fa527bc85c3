package org.grantwell.bench.data;

import java.time.Clock;
import java.time.LocalDate;
import org.grantwell.db.shared.FinancialYear;

/**
 * What to generate and where: the database, the number of historic (finished) bids, the seed of
 * every random choice, and the day taken as today (the application uses the real clock, so the
 * open round and the running bids are placed around it).
 *
 * @param url JDBC URL of an empty PostgreSQL database
 * @param user database user
 * @param password database password (any value under trust authentication)
 * @param bids historic bids with finished lifecycles; a tenth as many again are running
 * @param seed seed of every random choice
 * @param today the day taken as today, in London
 */
public record GeneratorSettings(String url, String user, String password, int bids, long seed, LocalDate today) {

  public GeneratorSettings {
    if (bids < 10) {
      throw new IllegalArgumentException("Generate at least 10 bids, not " + bids);
    }
  }

  /** Parses {@code --url --user --password --bids --seed [--today yyyy-mm-dd]}; today defaults to the clock's. */
  public static GeneratorSettings parse(String[] args) {
    String url = null;
    String user = "postgres";
    String password = "x";
    int bids = 10_000;
    long seed = 42;
    LocalDate today = LocalDate.now(Clock.system(FinancialYear.LONDON));
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--url" -> url = value;
        case "--user" -> user = value;
        case "--password" -> password = value;
        case "--bids" -> bids = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--today" -> today = LocalDate.parse(value);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]
            + "; use --url jdbc:postgresql://host:port/db --user u --password p --bids n --seed s [--today yyyy-mm-dd]");
      }
      i++;
    }
    if (url == null) {
      throw new IllegalArgumentException("Name the database: --url jdbc:postgresql://127.0.0.1:5432/<db>");
    }
    return new GeneratorSettings(url, user, password, bids, seed, today);
  }

  /** Running bids in the open round: a tenth of the historic ones. */
  public int runningBids() {
    return Math.max(10, bids / 10);
  }
}
