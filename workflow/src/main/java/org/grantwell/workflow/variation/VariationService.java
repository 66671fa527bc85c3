package org.grantwell.workflow.variation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.AwardRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.BidStatus;
import org.grantwell.db.delivery.Variation;
import org.grantwell.db.delivery.VariationKind;
import org.grantwell.db.delivery.VariationRepository;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.bid.BidAccessPolicy;
import org.grantwell.workflow.lifecycle.BidProcesses;
import org.grantwell.workflow.lifecycle.LifecycleVariables;
import org.grantwell.workflow.lifecycle.TaskSide;
import org.grantwell.workflow.model.SaferStreetsIds;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InputChecks;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * Variations during delivery: the recipient asks, the request is kept and handed to the bid's
 * process (message {@code Msg_VariationRequested}, its id local to that variation), where the
 * funder's grant officer decides it. One transaction: nothing is requested that the process did
 * not take.
 */
@ApplicationScoped
@Transactional
public class VariationService {

  /** The longest cost category name ({@code VARCHAR(64)}). */
  static final int MAX_CATEGORY = 64;

  @Inject private BidRepository bids;
  @Inject private AwardRepository awards;
  @Inject private VariationRepository variations;
  @Inject private BidProcesses processes;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public VariationView request(org.grantwell.workflow.security.Caller caller, VariationRequest request) {
    InputChecks checks = new InputChecks();
    if (request == null || request.bidId() == null) {
      checks.add(InputChecks.REQUIRED, "bidId", "Name the bid to vary");
      checks.throwIfAny();
    }
    Bid bid = bids.find(request.bidId()).filter(b -> BidAccessPolicy.canRead(caller, b))
        .orElseThrow(() -> new NotFoundException("There is no bid " + request.bidId()));
    if (!TaskSide.LEAD.includes(caller, bid)) {
      throw new ForbiddenActionException("Only " + bid.getLeadOrganisation().getName() + " asks to vary bid " + bid.getReference());
    }
    if (bid.getStatus() != BidStatus.IN_DELIVERY) {
      throw new ForbiddenActionException("Bid " + bid.getReference() + " is " + bid.getStatus() + "; variations are asked for during delivery");
    }
    Award award = awards.find(bid.getId()).orElseThrow();
    VariationKind kind = checks.enumValue("kind", VariationKind.class, request.kind());
    String reason = checks.required("reason", request.reason());
    reason = reason == null ? null : checks.text("reason", reason, 4000);
    Variation variation = null;
    if (kind == VariationKind.REPROFILE) {
      FinancialYear from = checks.year("fromYear", request.fromYear());
      FinancialYear to = checks.year("toYear", request.toYear());
      Money amount = checks.money("amount", request.amount(), false);
      if (from != null && to != null && from.equals(to)) {
        checks.invalid("toYear", "Move the money to a different financial year");
      }
      List<FinancialYear> years = bid.getRound().financialYears().stream().sorted().toList();
      if (to != null && !years.contains(to)) {
        checks.invalid("toYear", "The round spends in " + years.stream().map(FinancialYear::label).toList() + " only");
      }
      checks.throwIfAny();
      variation = Variation.reprofile(bid, from, to, amount, reason, caller.username(), clock.instant());
    } else if (kind == VariationKind.MOVE_CATEGORY) {
      String from = checks.required("fromCategory", request.fromCategory());
      String to = checks.required("toCategory", request.toCategory());
      from = from == null ? null : checks.text("fromCategory", from, MAX_CATEGORY);
      to = to == null ? null : checks.text("toCategory", to, MAX_CATEGORY);
      Money amount = checks.money("amount", request.amount(), false);
      java.util.Set<String> categories = bid.getRound().ruleSet().costCategories();
      if (to != null && !categories.isEmpty() && !categories.contains(to)) {
        checks.invalid("toCategory", "The round has no cost category " + to);
      }
      checks.throwIfAny();
      variation = Variation.moveCategory(bid, from, to, amount, reason, caller.username(), clock.instant());
    } else if (kind == VariationKind.EXTEND) {
      LocalDate newSpendBy = checks.date("newSpendBy", request.newSpendBy());
      if (newSpendBy != null && !newSpendBy.isAfter(award.getSpendBy())) {
        checks.invalid("newSpendBy", "An extension ends after the current spend-by date, " + award.getSpendBy());
      }
      checks.throwIfAny();
      variation = Variation.extend(bid, newSpendBy, reason, caller.username(), clock.instant());
    }
    checks.throwIfAny();
    Variation stored = variations.add(variation);
    processes.correlate(bid, SaferStreetsIds.MSG_VARIATION_REQUESTED, LifecycleVariables.VARIATION_ID, stored.getId());
    audit.record(caller.username(), "BID", bid.getReference(), "VARIATION_REQUESTED", null,
        Map.of("variation", stored.getId(), "kind", stored.getKind().name(), "reason", stored.getReason()));
    return VariationView.of(stored);
  }

  public List<VariationView> forBid(org.grantwell.workflow.security.Caller caller, long bidId) {
    Bid bid = bids.find(bidId).filter(b -> BidAccessPolicy.canRead(caller, b))
        .orElseThrow(() -> new NotFoundException("There is no bid " + bidId));
    return variations.findByBid(bid).stream().map(VariationView::of).toList();
  }
}
