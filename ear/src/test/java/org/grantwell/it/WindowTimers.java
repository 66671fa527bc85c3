package org.grantwell.it;

import java.util.function.ToLongFunction;

/**
 * What the round-window timers of a batch of rounds (references starting {@code prefix-}) left
 * behind, counted by the given query runner (the test database's or the cluster's).
 *
 * @param records window-closed audit records
 * @param rounds distinct rounds with such a record
 * @param successes successful runs of their timer jobs
 * @param failures failed attempts (retried)
 */
record WindowTimers(long records, long rounds, long successes, long failures) {

  /** The count of the batch's rounds whose window has closed. */
  static String closedSql(String prefix) {
    return "SELECT COUNT(*) FROM funding_round WHERE reference LIKE '" + prefix + "-%' AND window_closed_at IS NOT NULL";
  }

  /** The job log rows of the batch's window timers ({@code FROM ... WHERE ...}, to extend with AND). */
  static String jobLogSql(String prefix) {
    return "FROM act_hi_job_log WHERE job_def_type_ = 'timer-intermediate-transition' AND process_instance_id_ IN"
        + " (SELECT id_ FROM act_hi_procinst WHERE business_key_ LIKE '" + prefix + "-%')";
  }

  static WindowTimers of(String prefix, ToLongFunction<String> count) {
    String records = "FROM audit_entry WHERE action = 'WINDOW_CLOSED' AND entity_id LIKE '" + prefix + "-%'";
    return new WindowTimers(
        count.applyAsLong("SELECT COUNT(*) " + records),
        count.applyAsLong("SELECT COUNT(DISTINCT entity_id) " + records),
        count.applyAsLong("SELECT COUNT(*) " + jobLogSql(prefix) + " AND job_state_ = 2"),
        count.applyAsLong("SELECT COUNT(*) " + jobLogSql(prefix) + " AND job_state_ = 1"));
  }
}
