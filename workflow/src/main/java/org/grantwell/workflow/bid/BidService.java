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
import org.grantwell.db.bid.AttachmentRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidContent;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidSearch;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.db.bid.TeamMember;
import org.grantwell.db.bid.BidVersion;
import org.grantwell.db.bid.rules.BidCandidate;
import org.grantwell.workflow.organisation.ProfileService;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.workflow.shared.FieldError;
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

  @Inject private BidRepository bids;
  @Inject private FundingRoundRepository rounds;
  @Inject private OrganisationRepository organisations;
  @Inject private ForceAreaRepository areas;
  @Inject private AuditTrail audit;
  @Inject private AttachmentRepository attachments;
  @Inject private AppUserRepository users;
  @Inject private ProfileService profiles;
  @Inject private org.grantwell.workflow.lifecycle.BidProcesses processes;

  /** JSON-B, created on first use (the snapshots of bid versions and pre-filled profiles). */
  private static final class Json {
    static final Jsonb B = JsonbBuilder.create();
  }
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
    bid.prefillApplicant(Json.B.toJson(profiles.prefillFor(lead.getId())));
    audit.record(caller.username(), "BID", bid.getReference(), "CREATED", null, AuditSnapshots.of(bid));
    processes.start(bid, caller.username());
    return BidViews.view(bid, checks(bid), bids.versions(bid));
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
    if (!BidAccess.canEditAll(caller, bid) && !sameApartFromMoney(bid.content(), content)) {
      throw new ForbiddenActionException("You may change only the budget and the match funding of bid " + bid.getReference());
    }
    Map<String, Object> before = AuditSnapshots.of(bid);
    bids.lock(bid, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    bid.replaceContent(content, caller.username(), clock.instant());
    bids.flush();
    audit.record(caller.username(), "BID", bid.getReference(), "UPDATED", before, AuditSnapshots.of(bid));
    return BidViews.view(bid, checks(bid), bids.versions(bid));
  }

  /**
   * Sends a draft on for the PCC office's sign-off. Refused with the list of violations (422) while
   * it breaks any rule of the round, the window included; otherwise the version sent is kept as an
   * immutable snapshot and the bid can no longer be edited.
   */
  public BidView submitForSignOff(Caller caller, long id, Long expectedVersion) {
    Bid bid = visible(caller, id);
    if (!BidAccess.canEditAll(caller, bid)) {
      throw new ForbiddenActionException("Only a team member who may edit everything sends bid " + bid.getReference() + " for sign-off");
    }
    if (bid.getStatus() != BidStatus.DRAFT) {
      throw new ForbiddenActionException("Bid " + bid.getReference() + " is " + bid.getStatus() + ", not a draft");
    }
    if (expectedVersion != null && expectedVersion != bid.getVersion()) {
      throw new StaleEditException("Bid " + bid.getReference() + " was changed by " + bid.getUpdatedBy() + " since you opened it; check it again before sending it");
    }
    List<Violation> violations =
        validator.checkForSubmission(candidate(bid), bid.getRound().rulesFor(bid.getForceArea()), bids.areaContext(bid), clock.instant());
    if (!violations.isEmpty()) {
      throw new InvalidInputException(
          violations.stream().map(v -> new FieldError(v.code().name(), v.field(), v.message())).toList());
    }
    bids.lock(bid, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    bid.sendForSignOff(caller.username(), clock.instant());
    BidView sent = BidViews.view(bid, List.of(), bids.versions(bid));
    BidVersion version = bids.addVersion(bid, "SIGN_OFF", candidate(bid).grantRequested(), Json.B.toJson(sent), caller.username(), clock.instant());
    audit.record(caller.username(), "BID", bid.getReference(), "SENT_FOR_SIGN_OFF", Map.of("status", "DRAFT"),
        Map.of("status", bid.getStatus().name(), "version", version.getVersionNumber(), "grantRequested", version.getGrantRequested().toString()));
    processes.finishDraft(caller, bid);
    bids.flush();
    return BidViews.view(bid, List.of(), bids.versions(bid));
  }

  /** Replaces the bid's team; only a member who may edit everything does this. */
  public List<TeamMemberView> changeTeam(Caller caller, long id, List<TeamMemberView> members) {
    Bid bid = visible(caller, id);
    if (!BidAccess.canEditAll(caller, bid)) {
      throw new ForbiddenActionException("Only a team member who may edit everything changes the team of bid " + bid.getReference());
    }
    List<TeamMember> team = new java.util.ArrayList<>();
    List<FieldError> errors = new java.util.ArrayList<>();
    for (int i = 0; members != null && i < members.size(); i++) {
      TeamMemberView member = members.get(i);
      String field = "team[" + i + "]";
      java.util.Optional<AppUser> user = member == null ? java.util.Optional.empty() : users.findByUsername(String.valueOf(member.username()));
      if (user.isEmpty() || !user.get().getOrganisation().getId().equals(bid.getLeadOrganisation().getId())) {
        errors.add(new FieldError("NOT_IN_ORGANISATION", field + ".username", "Only people of " + bid.getLeadOrganisation().getName() + " can be on this bid's team"));
        continue;
      }
      try {
        team.add(new TeamMember(user.get().getId(), TeamMember.Access.valueOf(String.valueOf(member.access()))));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("INVALID_VALUE", field + ".access", "Choose EDIT, BUDGET or READ"));
      }
    }
    if (errors.isEmpty() && team.stream().noneMatch(m -> m.getAccess() == TeamMember.Access.EDIT)) {
      errors.add(new FieldError("INVALID_VALUE", "team", "At least one member must be able to edit everything"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<TeamMemberView> before = team(bid);
    bid.replaceTeam(team, caller.username(), clock.instant());
    bids.lock(bid, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record(caller.username(), "BID", bid.getReference(), "TEAM_CHANGED", Map.of("team", before.toString()), Map.of("team", team(bid).toString()));
    return team(bid);
  }

  public List<TeamMemberView> team(Caller caller, long id) {
    return team(visible(caller, id));
  }

  private List<TeamMemberView> team(Bid bid) {
    return bid.getTeam().stream()
        .map(m -> users.find(m.getUserId())
            .map(u -> new TeamMemberView(u.getUsername(), u.getDisplayName(), m.getAccess().name()))
            .orElse(new TeamMemberView("#" + m.getUserId(), "(unknown user)", m.getAccess().name())))
        .toList();
  }

  private static boolean sameApartFromMoney(BidContent a, BidContent b) {
    return a.title().equals(b.title()) && a.summary().equals(b.summary())
        && a.problemStatement().equals(b.problemStatement()) && a.interventions().equals(b.interventions())
        && a.outcomes().equals(b.outcomes()) && a.locations().size() == b.locations().size()
        && a.risks().size() == b.risks().size();
  }

  public BidView get(Caller caller, long id) {
    Bid bid = visible(caller, id);
    return BidViews.view(bid, checks(bid), bids.versions(bid));
  }

  public List<RuleViolation> checks(Caller caller, long id) {
    return checks(visible(caller, id)).stream()
        .map(v -> new RuleViolation(v.code().name(), v.field(), v.message()))
        .toList();
  }

  public Page<BidSummary> search(Caller caller, String roundReference, Long organisationId, String status, int page, int size) {
    Page.Request asked = Page.Request.of(page, size);
    BidSearch search =
        new BidSearch(caller.isNational() ? null : caller.organisationId(), blankToNull(roundReference), organisationId, status(status));
    List<BidSummary> items =
        bids.search(search, asked.first(), asked.size()).stream().map(BidViews::summary).toList();
    return asked.of(items, bids.count(search));
  }

  private BidCandidate candidate(Bid bid) {
    return bid.toCandidate(attachments.dataFor(bid.getId()));
  }

  private List<Violation> checks(Bid bid) {
    return validator.check(
        bid.toCandidate(attachments.dataFor(bid.getId())), bid.getRound().rulesFor(bid.getForceArea()), bids.areaContext(bid));
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
