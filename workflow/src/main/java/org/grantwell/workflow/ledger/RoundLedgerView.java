package org.grantwell.workflow.ledger;

import java.util.List;

/**
 * One round's money as the finance pages and {@code GET /api/ledger/reconciliation} show it: the
 * balances (pounds as text), whether pot = committed + remaining, and every difference between the
 * balance rows and the sums of the entries (listed, never hidden).
 */
public record RoundLedgerView(
    String roundReference,
    String roundName,
    String funderName,
    String pot,
    String committed,
    String remaining,
    String paid,
    String clawedBack,
    boolean potAddsUp,
    List<Difference> differences) implements java.io.Serializable {

  /** A figure whose balance row differs from the sum of its entries. */
  public record Difference(Long bidId, String figure, String fromEntries, String inBalance) implements java.io.Serializable {}

  public boolean isBalanced() {
    return potAddsUp && differences.isEmpty();
  }
}
