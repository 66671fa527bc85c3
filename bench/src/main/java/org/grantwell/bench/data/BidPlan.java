package org.grantwell.bench.data;

import java.time.Instant;
import java.util.List;

/**
 * One bid's lifecycle as the engine must replay it: who acted, when, and what the process
 * decided. Historic bids run to their end; running bids stop at their draft or assessment step.
 */
record BidPlan(
    long id,
    String reference,
    long roundId,
    String roundReference,
    Instant roundClosesAt,
    long leadOrganisationId,
    Stage stage,
    String bidder,
    String signOff,
    List<String> assessors,
    String panel,
    String officer,
    String fundingDecision,
    Instant created,
    Instant sent,
    Instant signedOff,
    Instant submitted,
    List<Instant> assessed,
    Instant decided,
    Instant accepted,
    List<QuarterPlan> quarters,
    Instant finalReturn) {

  /** Where the bid's process stands when the generator is done. */
  enum Stage {
    /** Running, waiting at Task_DraftBid. */
    DRAFT,
    /** Running, waiting at the two Task_AssessBid tasks. */
    IN_ASSESSMENT,
    /** Finished at EndEvent_BidDeclined. */
    DECLINED,
    /** Finished at EndEvent_AwardClosed after its delivery. */
    CLOSED
  }

  /** One quarter of delivery: its end (the timer), the return filed and verified. */
  record QuarterPlan(String quarter, Instant end, Instant returnSubmitted, Instant returnVerified) {}

  boolean running() {
    return stage == Stage.DRAFT || stage == Stage.IN_ASSESSMENT;
  }
}
