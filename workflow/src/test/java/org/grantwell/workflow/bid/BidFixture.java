package org.grantwell.workflow.bid;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.db.bid.rules.RoundRules;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;

/**
 * A draft bid of the Avon and Somerset PCC office to a Home Office round, built fresh per test:
 * a real {@link Bid} (so access and the rules candidate are the real ones) with the id and status
 * the database would give it, over mocked round, organisations and area.
 */
final class BidFixture {

  static final long BID_ID = 1000L;
  static final long LEAD_ID = 1L;
  static final long FUNDER_ID = 101L;
  static final long BIDDER_USER_ID = 7L;
  static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

  static final Caller BIDDER =
      new Caller("bidder.avon", BIDDER_USER_ID, LEAD_ID, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.PCC_BIDDER));
  static final Caller FUNDER_OFFICER =
      new Caller("officer.ho", 9L, FUNDER_ID, "FUNDER", null, Set.of(CandidateGroups.GRANT_OFFICER));
  static final Caller OTHER_AREA_BIDDER =
      new Caller("bidder.kent", 8L, 20L, "PCC_OFFICE", "kent", Set.of(CandidateGroups.PCC_BIDDER));

  private BidFixture() {}

  /** Rules of the round with the given attachment limit; nothing else matters here. */
  static RoundRules rules(long maxAttachmentBytes) {
    return RoundRules.builder()
        .window(new ApplicationWindow(Instant.parse("2026-04-01T08:00:00Z"), Instant.parse("2026-06-01T16:00:00Z")))
        .bidRange(Money.ZERO, Money.ofPounds(500_000))
        .spendingWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
        .maxAttachmentBytes(maxAttachmentBytes)
        .build();
  }

  static Bid draftBid(long maxAttachmentBytes) {
    return bid(maxAttachmentBytes, BidStatus.DRAFT);
  }

  static Bid bid(long maxAttachmentBytes, BidStatus status) {
    Organisation lead = organisation(LEAD_ID, OrganisationType.PCC_OFFICE);
    Organisation funder = organisation(FUNDER_ID, OrganisationType.FUNDER);
    FundingRound round = mock(FundingRound.class);
    when(round.getFunder()).thenReturn(funder);
    when(round.getReference()).thenReturn("SSF5");
    when(round.rulesFor(any())).thenReturn(rules(maxAttachmentBytes));
    Bid real = new Bid(round, lead, mock(ForceArea.class), lead, BIDDER.username(), BIDDER_USER_ID, NOW);
    real.assignReference("GW-" + BID_ID);
    Bid bid = spy(real);
    doReturn(BID_ID).when(bid).getId();
    doReturn(status).when(bid).getStatus();
    return bid;
  }

  private static Organisation organisation(long id, OrganisationType type) {
    Organisation organisation = mock(Organisation.class);
    when(organisation.getId()).thenReturn(id);
    when(organisation.getType()).thenReturn(type);
    when(organisation.getName()).thenReturn("Organisation " + id);
    return organisation;
  }
}
