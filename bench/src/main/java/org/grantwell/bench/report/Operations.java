package org.grantwell.bench.report;

import java.util.List;

/** The names of the measured operations, as they appear in the tables. */
public final class Operations {

  public static final String LOGIN = "page login";
  public static final String INBOX_PAGE = "page inbox";
  public static final String INBOX_LAZY = "page inbox lazy table (AJAX)";
  public static final String BID_EDITOR_PAGE = "page bid editor";
  public static final String LEDGER_PAGE = "page ledger";
  public static final String SPENDING_PAGE = "page spending windows";
  public static final String ACTION1_PAGE = "page Action 1";
  public static final String API_TASKS = "api inbox (GET tasks)";
  public static final String API_BID = "api GET bid";
  public static final String API_SAVE_BUDGET = "api save budget line (PUT bid)";
  public static final String API_CHECKS = "api GET checks";
  public static final String API_CLAIM = "api task claim";
  public static final String API_UNCLAIM = "api task hand back";
  public static final String API_COMPLETE_SCORING = "api task complete (scoring)";
  public static final String API_ACTION1 = "api Action 1 report";
  public static final String API_RECONCILIATION = "api ledger reconciliation";
  public static final String API_360GIVING = "api 360Giving export (all awards)";

  /** The interactive pages and calls whose p95 at 50 users should stay under 200 ms. */
  public static final List<String> INTERACTIVE =
      List.of(INBOX_PAGE, INBOX_LAZY, API_TASKS, BID_EDITOR_PAGE, API_BID, API_SAVE_BUDGET, API_CHECKS, API_CLAIM,
          API_COMPLETE_SCORING);

  private Operations() {}
}
