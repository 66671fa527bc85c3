package org.grantwell.db.ledger;

/**
 * The ledger's native SQL, the same on PostgreSQL and H2, with JPA's numbered parameters. The
 * balance rows are locked (FOR UPDATE) and moved by adding the entry's change to what is stored, so
 * that the stored figure, not a figure read earlier, is what the CHECKs judge.
 */
final class LedgerSql {

  static final String LOCK_ROUND =
      "SELECT pot, committed, paid, clawed_back, version FROM ledger_round_balance"
          + " WHERE funding_round_id = ?1 FOR UPDATE";

  static final String READ_ROUND =
      "SELECT pot, committed, paid, clawed_back, version FROM ledger_round_balance"
          + " WHERE funding_round_id = ?1";

  static final String LOCK_AWARD =
      "SELECT funding_round_id, committed, paid, clawed_back, version FROM ledger_award_balance"
          + " WHERE bid_id = ?1 FOR UPDATE";

  static final String READ_AWARD =
      "SELECT funding_round_id, committed, paid, clawed_back, version FROM ledger_award_balance"
          + " WHERE bid_id = ?1";

  static final String READ_AWARDS_OF_ROUND =
      "SELECT bid_id, committed, paid, clawed_back FROM ledger_award_balance"
          + " WHERE funding_round_id = ?1";

  static final String OPEN_ROUND =
      "INSERT INTO ledger_round_balance"
          + " (funding_round_id, pot, committed, paid, clawed_back, last_entry_id, version)"
          + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)";

  static final String MOVE_ROUND =
      "UPDATE ledger_round_balance SET pot = pot + ?2, committed = committed + ?3,"
          + " paid = paid + ?4, clawed_back = clawed_back + ?5, last_entry_id = ?6,"
          + " version = version + 1 WHERE funding_round_id = ?1";

  static final String OPEN_AWARD =
      "INSERT INTO ledger_award_balance"
          + " (bid_id, funding_round_id, committed, paid, clawed_back, last_entry_id, version)"
          + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)";

  static final String MOVE_AWARD =
      "UPDATE ledger_award_balance SET committed = committed + ?2, paid = paid + ?3,"
          + " clawed_back = clawed_back + ?4, last_entry_id = ?5, version = version + 1"
          + " WHERE bid_id = ?1";

  /** The round's entries summed by type and bid: what {@link LedgerSums} folds into balances. */
  static final String SUMS_OF_ROUND =
      "SELECT entry_type, bid_id, SUM(amount) FROM ledger_entry WHERE funding_round_id = ?1"
          + " GROUP BY entry_type, bid_id";

  private LedgerSql() {}
}
