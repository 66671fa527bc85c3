package org.grantwell.workflow.bid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidContent;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidSearch;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.db.bid.rules.BidValidator;
import org.grantwell.db.bid.rules.Violation;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.Page;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * Drafting bids: create, save (optimistic: the client names the version it edited), read, search
 * and check against the round's rules. One method, one transaction, one audit record per change.
 * A bid another organisation owns is "not found" to the caller, never "forbidden".
 */
@ApplicationScoped
@Transactional
public class BidService {

  static final Set<String> BIDDER_ROLES =
      Set.of(CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER);
  private static final int MAX_PAGE_SIZE = 100;

  @Inject private BidRepository bids;
  @Inject private FundingRoundRepository rounds;
  @Inject private OrganisationRepository organisations;
  @Inject private ForceAreaRepository areas;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private final BidValidator validator = new BidValidator();

  public BidView create(Caller caller, BidDraft draft) {
    requireBidder(caller);
    BidContent content = BidDraftMapper.toContent(draft);
    FundingRound round =
        rounds.findByReference(draft.roundReference() == null ? "" : draft.roundReference())
            .orElseThrow(() -> new InvalidInputException("UNKNOWN_ROUND", "roundReference", "There is no round " + draft.roundReference()));
    Organisation lead = organisations.find(caller.organisationId()).orElseThrow();
    ForceArea area = forceArea(draft, lead);
    Organisation pccOffice =
        organisations.findPccOffice(area.getCode())
            .orElseThrow(() -> new IllegalStateException("No PCC office for " + area.getCode()));
    Bid bid = bids.add(new Bid(round, lead, area, pccOffice, caller.username(), caller.userId(), clock.instant()));
    bid.replaceContent(content, caller.username(), clock.instant());
    audit.record(caller.username(), "BID", bid.getReference(), "CREATED", null, AuditSnapshots.of(bid));
    return BidViews.view(bid, checks(bid));
  }

  public BidView save(Caller caller, long id, BidDraft draft) {
    Bid bid = visible(caller, id);
    requireEditor(caller, bid);
    if (draft.version() == null) {
      throw new InvalidInputException("FIELD_REQUIRED", "version", "Send the version of the bid you edited");
    }
    if (draft.version() != bid.getVersion()) {
      throw new StaleEditException(
          "Bid " + bid.getReference() + " was changed by " + bid.getUpdatedBy() + " since you opened it (version "
              + draft.version() + ", now " + bid.getVersion() + "); reload it and make your change again");
    }
    BidContent content = BidDraftMapper.toContent(draft);
    Map<String, Object> before = AuditSnapshots.of(bid);
    bids.lock(bid, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    bid.replaceContent(content, caller.username(), clock.instant());
    bids.flush();
    audit.record(caller.username(), "BID", bid.getReference(), "UPDATED", before, AuditSnapshots.of(bid));
    return BidViews.view(bid, checks(bid));
  }

  public BidView get(Caller caller, long id) {
    Bid bid = visible(caller, id);
    return BidViews.view(bid, checks(bid));
  }

  public List<RuleViolation> checks(Caller caller, long id) {
    return checks(visible(caller, id)).stream()
        .map(v -> new RuleViolation(v.code().name(), v.field(), v.message()))
        .toList();
  }

  public Page<BidSummary> search(Caller caller, String roundReference, Long organisationId, String status, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    BidSearch search =
        new BidSearch(caller.isNational() ? null : caller.organisationId(), blankToNull(roundReference), organisationId, status(status));
    List<BidSummary> items =
        bids.search(search, pageNumber * pageSize, pageSize).stream().map(BidViews::summary).toList();
    return new Page<>(items, pageNumber, pageSize, bids.count(search));
  }

  private List<Violation> checks(Bid bid) {
    return validator.check(bid.toCandidate(), bid.getRound().rulesFor(bid.getForceArea()), bids.areaContext(bid));
  }

  private Bid visible(Caller caller, long id) {
    Bid bid = bids.find(id).orElseThrow(() -> new NotFoundException("There is no bid " + id));
    if (!BidAccess.canRead(caller, bid)) {
      throw new NotFoundException("There is no bid " + id);
    }
    return bid;
  }

  private static void requireBidder(Caller caller) {
    if (BIDDER_ROLES.stream().noneMatch(caller::hasRole)) {
      throw new ForbiddenActionException("Only bidders draft bids");
    }
  }

  private static void requireEditor(Caller caller, Bid bid) {
    if (!BidAccess.canEdit(caller, bid)) {
      throw new ForbiddenActionException("You may read bid " + bid.getReference() + " but not edit it");
    }
    if (!bid.getStatus().isEditable()) {
      throw new ForbiddenActionException("Bid " + bid.getReference() + " is " + bid.getStatus() + " and can no longer be edited");
    }
  }

  private ForceArea forceArea(BidDraft draft, Organisation lead) {
    if (draft.forceAreaCode() != null && !draft.forceAreaCode().isBlank()) {
      ForceArea area =
          areas.findByCode(draft.forceAreaCode())
              .orElseThrow(() -> new InvalidInputException("UNKNOWN_FORCE_AREA", "forceAreaCode", "There is no force area " + draft.forceAreaCode()));
      if (lead.getForceArea() != null && !lead.getForceArea().getId().equals(area.getId())) {
        throw new InvalidInputException("WRONG_FORCE_AREA", "forceAreaCode", lead.getName() + " bids in " + lead.getForceArea().getName() + ", not in " + area.getName());
      }
      return area;
    }
    if (lead.getForceArea() == null) {
      throw new InvalidInputException("FIELD_REQUIRED", "forceAreaCode", "Name the force area the bid is for");
    }
    return lead.getForceArea();
  }

  private static BidStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return BidStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("INVALID_VALUE", "status", "There is no bid status " + status);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
