package org.grantwell.workflow.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.rules.MatchStatus;
import org.grantwell.db.finance.FinanceRepository;
import org.grantwell.db.finance.FinanceRows.MatchRow;
import org.grantwell.db.finance.FinanceRows.StatusChangeRow;
import org.grantwell.db.finance.FinanceScope;
import org.grantwell.db.finance.MatchStatusChange;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InputChecks;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * Match funding of the bids a caller may see ({@link FinanceScopes}), read in two queries whatever
 * the number of bids, and the recording of a contribution's firming-up after the award. A status
 * change is an immutable row plus an audit record in one transaction; it is recorded by national
 * finance, a finance lead or grant officer of the funder, or the bid's lead organisation; the
 * status only moves forward (PLEDGED, CONFIRMED, RECEIVED) and needs evidence. A bid the caller may
 * not see is "not found". Contributions still only pledged more than {@code pledgedDays} (default
 * {@value MatchFundingCalculator#DEFAULT_PLEDGED_DAYS}) days after the award decision are flagged.
 */
@ApplicationScoped
@Transactional
public class MatchFundingService {

  static final String AUDIT_ENTITY = "MATCH_CONTRIBUTION";
  static final String AUDIT_ACTION = "MATCH_STATUS_CHANGED";
  private static final int MAX_PLEDGED_DAYS = 3650;
  private static final Set<String> FUNDER_ROLES = Set.of(CandidateGroups.FINANCE_LEAD, CandidateGroups.GRANT_OFFICER);

  @Inject private FinanceRepository finance;
  @Inject private BidRepository bids;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private final MatchFundingCalculator calculator = new MatchFundingCalculator();

  /**
   * @param pledgedDays days a pledge may stay unconfirmed after the award; null for the default 90
   */
  public MatchFundingReport report(Caller caller, String roundReference, String programmeCode, Integer pledgedDays) {
    int days = pledgedDays(pledgedDays);
    FinanceScope scope = FinanceScopes.of(caller, roundReference, programmeCode);
    List<MatchFacts> facts = facts(finance.matchRows(scope, null), finance.statusChanges(scope, null));
    return calculator.calculate(facts, days, today());
  }

  /** One bid's match funding; not found when the caller may not see it. */
  public MatchFundingReport.Bid bid(Caller caller, String bidReference, Integer pledgedDays) {
    int days = pledgedDays(pledgedDays);
    return calculator.bid(load(caller, bidReference).facts(), days, today());
  }

  /** Records that contribution {@code position} of the bid is now CONFIRMED or RECEIVED. */
  public MatchFundingReport.Bid record(Caller caller, String bidReference, int position, MatchStatusInput input) {
    Loaded before = load(caller, bidReference);
    requireMayRecord(caller, before.row());
    bids.findByReference(bidReference).ifPresent(b -> bids.lock(b, LockModeType.PESSIMISTIC_WRITE));
    Loaded locked = load(caller, bidReference);
    MatchFacts.Contribution current = locked.facts().contributions().stream()
        .filter(c -> c.position() == position).findFirst()
        .orElseThrow(() -> new NotFoundException("Bid " + bidReference + " has no match contribution " + position));
    MatchStatus to = check(locked.facts(), current, input);
    MatchStatusChange change = finance.add(new MatchStatusChange(locked.row().bidId(), position, current.status(), to,
        input.evidence(), caller.username(), clock.instant()));
    audit.record(caller.username(), AUDIT_ENTITY, bidReference + "/" + position, AUDIT_ACTION,
        auditValues(current.status(), current.evidence()), auditValues(change.getToStatus(), change.getEvidence()));
    return calculator.bid(load(caller, bidReference).facts(), MatchFundingCalculator.DEFAULT_PLEDGED_DAYS, today());
  }

  private static MatchStatus check(MatchFacts bid, MatchFacts.Contribution current, MatchStatusInput input) {
    InputChecks checks = new InputChecks();
    if (input == null) {
      throw new InvalidInputException(InputChecks.REQUIRED, "body", "Send the new status and its evidence");
    }
    MatchStatus to = input.status() == null || input.status().isBlank()
        ? missing(checks) : checks.enumValue("status", MatchStatus.class, input.status());
    String evidence = checks.required("evidence", input.evidence());
    if (evidence != null) {
      checks.text("evidence", evidence, MatchStatusChange.MAX_EVIDENCE);
    }
    checks.throwIfAny();
    if (bid.awarded() == null) {
      throw new InvalidInputException("NOT_AWARDED", "status",
          "Match funding is confirmed once the bid is funded; bid " + bid.bidReference() + " is not");
    }
    if (!MatchStatusChange.isForward(current.status(), to)) {
      throw new InvalidInputException("STATUS_NOT_FORWARD", "status",
          "The contribution is " + current.status() + "; its status only moves forward (PLEDGED, CONFIRMED, RECEIVED)");
    }
    return to;
  }

  private static MatchStatus missing(InputChecks checks) {
    checks.add(InputChecks.REQUIRED, "status", "Choose CONFIRMED or RECEIVED");
    return null;
  }

  private static void requireMayRecord(Caller caller, MatchRow bid) {
    boolean funderStaff = bid.funderId() == orZero(caller.organisationId())
        && FUNDER_ROLES.stream().anyMatch(caller::hasRole);
    boolean lead = bid.leadOrganisationId() == orZero(caller.organisationId());
    if (!(caller.isNational() || funderStaff || lead)) {
      throw new ForbiddenActionException(
          "Match funding of bid " + bid.bidReference() + " is confirmed by the funder's finance lead or grant officer, or by "
              + bid.leadOrganisationName());
    }
  }

  private static long orZero(Long id) {
    return id == null ? 0L : id;
  }

  private static Map<String, Object> auditValues(MatchStatus status, String evidence) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("status", status.name());
    values.put("evidence", evidence);
    return values;
  }

  private Loaded load(Caller caller, String bidReference) {
    if (bidReference == null || bidReference.isBlank()) {
      throw new NotFoundException("There is no bid " + bidReference);
    }
    FinanceScope scope = FinanceScopes.of(caller, null, null);
    List<MatchRow> rows = finance.matchRows(scope, bidReference.strip());
    if (rows.isEmpty()) {
      throw new NotFoundException("There is no bid " + bidReference);
    }
    List<MatchFacts> facts = facts(rows, finance.statusChanges(scope, bidReference.strip()));
    return new Loaded(rows.get(0), facts.get(0));
  }

  private record Loaded(MatchRow row, MatchFacts facts) implements java.io.Serializable {}

  /** The rows (one per contribution, bid by bid) with each contribution's newest change applied. */
  static List<MatchFacts> facts(List<MatchRow> rows, List<StatusChangeRow> changes) {
    Map<String, StatusChangeRow> latest = new HashMap<>();
    for (StatusChangeRow change : changes) { // ordered oldest first
      latest.put(change.bidId() + "/" + change.position(), change);
    }
    Map<Long, List<MatchRow>> byBid = new LinkedHashMap<>();
    for (MatchRow row : rows) {
      byBid.computeIfAbsent(row.bidId(), id -> new ArrayList<>()).add(row);
    }
    List<MatchFacts> facts = new ArrayList<>();
    for (List<MatchRow> bidRows : byBid.values()) {
      MatchRow first = bidRows.get(0);
      List<MatchFacts.Contribution> contributions = new ArrayList<>();
      for (MatchRow r : bidRows) {
        if (r.position() != null) {
          StatusChangeRow change = latest.get(r.bidId() + "/" + r.position());
          contributions.add(change == null
              ? new MatchFacts.Contribution(r.position(), r.source(), new FinancialYear(r.financialYear()), r.amount(),
                  r.inKind(), r.status(), r.evidence(), null, null)
              : new MatchFacts.Contribution(r.position(), r.source(), new FinancialYear(r.financialYear()), r.amount(),
                  r.inKind(), change.to(), change.evidence(), change.changedBy(), change.changedAt()));
        }
      }
      boolean funded = "FUND".equals(first.decision()) || "PART_FUND".equals(first.decision());
      facts.add(new MatchFacts(first.bidReference(), first.bidTitle(), first.roundReference(), first.programmeCode(),
          first.leadOrganisationName(), first.requested(), funded ? first.awarded() : null,
          funded ? first.decidedAt() : null, contributions));
    }
    return facts;
  }

  private static int pledgedDays(Integer value) {
    if (value == null) {
      return MatchFundingCalculator.DEFAULT_PLEDGED_DAYS;
    }
    if (value < 0 || value > MAX_PLEDGED_DAYS) {
      throw new InvalidInputException(InputChecks.INVALID, "pledgedDays",
          "pledgedDays runs from 0 to " + MAX_PLEDGED_DAYS + ", not " + value);
    }
    return value;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), FinancialYear.LONDON);
  }
}
