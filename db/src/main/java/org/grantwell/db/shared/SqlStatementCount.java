package org.grantwell.db.shared;

/**
 * Counts the SQL statements one thread sends while a count is open: the benchmark's check that a
 * page costs the same number of statements at 1,000 bids as at 10,000 (no N+1). EclipseLink's
 * calls are counted by {@link StatementCountingListener}, the workflow engine's by the data source
 * wrapper the engine gets when diagnostics are on. Costs one thread-local read per statement when
 * no count is open.
 */
public final class SqlStatementCount {

  /** System property that turns the counting of the engine's statements on (off unless {@code true}). */
  public static final String PROPERTY = "grantwell.diagnostics.sql";

  private static final ThreadLocal<long[]> OPEN = new ThreadLocal<>();

  private SqlStatementCount() {}

  public static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** Opens a count on this thread (replacing one left open). */
  public static void open() {
    OPEN.set(new long[1]);
  }

  /** Closes this thread's count and returns it; 0 when none was open. */
  public static long close() {
    long[] count = OPEN.get();
    OPEN.remove();
    return count == null ? 0 : count[0];
  }

  /** One statement sent on this thread. */
  public static void increment() {
    long[] count = OPEN.get();
    if (count != null) {
      count[0]++;
    }
  }
}
