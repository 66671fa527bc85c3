package org.grantwell.db.bid.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * How much a bid may ask for: per bid, per financial year, per force area, per approved profile.
 */
final class SizeRules {

  private SizeRules() {}

  /** Equal to a limit is within it. */
  static void bidRange(BidCandidate bid, RoundRules rules, List<Violation> out) {
    Money grant = bid.grantRequested();
    if (grant.isLessThan(rules.minBid())) {
      out.add(
          new Violation(
              RuleCode.BID_BELOW_MINIMUM,
              "grantRequested",
              "The bid asks for %s; this round's minimum bid is %s"
                  .formatted(Texts.money(grant), Texts.money(rules.minBid()))));
    }
    if (grant.isGreaterThan(rules.maxBid())) {
      out.add(
          new Violation(
              RuleCode.BID_ABOVE_MAXIMUM,
              "grantRequested",
              "The bid asks for %s; this round allows at most %s per bid"
                  .formatted(Texts.money(grant), Texts.money(rules.maxBid()))));
    }
    if (grant.isGreaterThan(rules.pot())) {
      out.add(
          new Violation(
              RuleCode.BID_ABOVE_POT,
              "grantRequested",
              "The bid asks for %s; the round's whole pot is now %s"
                  .formatted(Texts.money(grant), Texts.money(rules.pot()))));
    }
  }

  /** Checked for each capped year, earliest first; years without a cap are not limited here. */
  static void yearCaps(BidCandidate bid, RoundRules rules, List<Violation> out) {
    SortedMap<FinancialYear, Money> totals = bid.totalsByYear();
    for (FinancialYear year : new TreeSet<>(rules.yearCaps().keySet())) {
      Money asked = totals.getOrDefault(year, Money.ZERO);
      Money cap = rules.yearCaps().get(year);
      if (asked.isGreaterThan(cap)) {
        out.add(
            new Violation(
                RuleCode.YEAR_CAP_EXCEEDED,
                "budget[" + year.label() + "]",
                "In %s the bid asks for %s; this round allows at most %s in that year"
                    .formatted(year.label(), Texts.money(asked), Texts.money(cap))));
      }
    }
  }

  /** The other bids in the area plus this one must not exceed the limit. */
  static void areaBidLimit(RoundRules rules, AreaContext area, List<Violation> out) {
    Integer limit = rules.maxBidsPerArea();
    if (limit == null || area.otherBids() + 1 <= limit) {
      return;
    }
    out.add(
        new Violation(
            RuleCode.AREA_BID_LIMIT_REACHED,
            "forceArea",
            "Your force area already has %d other %s in this round, whoever leads them; the round"
                    .formatted(area.otherBids(), area.otherBids() == 1 ? "bid" : "bids")
                + " allows at most %d per area".formatted(limit)));
  }

  /** The other bids' grant plus this bid's grant must not exceed the envelope. */
  static void areaEnvelope(
      BidCandidate bid, RoundRules rules, AreaContext area, List<Violation> out) {
    Money envelope = rules.areaEnvelope();
    Money grant = bid.grantRequested();
    if (envelope == null || !area.otherBidsGrant().plus(grant).isGreaterThan(envelope)) {
      return;
    }
    out.add(
        new Violation(
            RuleCode.AREA_ENVELOPE_EXCEEDED,
            "grantRequested",
            "The other bids from your force area ask for %s; with this bid's %s that exceeds the"
                    .formatted(Texts.money(area.otherBidsGrant()), Texts.money(grant))
                + " area's envelope of %s".formatted(Texts.money(envelope))));
  }

  /** Any per-year difference from an approved profile needs a recorded approval. */
  static void yearMove(BidCandidate bid, List<Violation> out) {
    Map<FinancialYear, Money> approved = bid.approvedProfile();
    if (approved == null || bid.yearMoveApproved()) {
      return;
    }
    SortedMap<FinancialYear, Money> totals = bid.totalsByYear();
    TreeSet<FinancialYear> years = new TreeSet<>(approved.keySet());
    years.addAll(totals.keySet());
    List<String> differences = new ArrayList<>();
    for (FinancialYear year : years) {
      Money was = approved.getOrDefault(year, Money.ZERO);
      Money now = totals.getOrDefault(year, Money.ZERO);
      if (was.compareTo(now) != 0) {
        differences.add(
            year.label() + ": " + Texts.money(was) + " approved, " + Texts.money(now) + " now");
      }
    }
    if (!differences.isEmpty()) {
      out.add(
          new Violation(
              RuleCode.YEAR_MOVE_UNAPPROVED,
              "budget",
              "The spending per year differs from the approved profile ("
                  + String.join("; ", differences)
                  + "); moving money between financial years needs the funder's recorded"
                  + " approval"));
    }
  }
}
