package org.grantwell.workflow.bid;

import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * A force area's bids to one round as its PCC office ranks them against the round's cap.
 *
 * @param cap the most bids the area may put forward; null when the round sets no cap
 * @param envelope the most money the area's bids may ask for together; null when none is set
 * @param forwardTotal the grant asked for by the bids that go forward (ranked within the cap)
 * @param bids ranked bids first by rank, then the unranked by reference
 */
public record AreaRanking(
    String roundReference,
    String roundName,
    String forceAreaName,
    Integer cap,
    Money envelope,
    Money forwardTotal,
    List<RankedBid> bids) implements java.io.Serializable {

  public AreaRanking {
    bids = List.copyOf(bids);
  }

  /** Places still free under the cap; null when there is no cap. */
  public Integer placesLeft() {
    if (cap == null) {
      return null;
    }
    return Math.max(0, cap - (int) bids.stream().filter(RankedBid::goesForward).count());
  }

  /**
   * One bid of the area.
   *
   * @param partnerLed led by an organisation other than the PCC office itself
   * @param rank the rank the office gave it at sign-off; null while unranked
   * @param goesForward ranked within the cap, so it went on to the funder
   * @param signOffTaskId the open sign-off task the caller may take, else null
   */
  public record RankedBid(
      long id,
      String reference,
      String title,
      String leadOrganisationName,
      boolean partnerLed,
      String status,
      Integer rank,
      Money grantRequested,
      boolean goesForward,
      String signOffTaskId) implements java.io.Serializable {}
}
