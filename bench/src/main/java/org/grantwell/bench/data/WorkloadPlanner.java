package org.grantwell.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.grantwell.bench.data.ReferencePlanner.Round;
import org.grantwell.db.shared.Money;

/**
 * Plans the whole workload from the settings, deterministically: reference data, rounds (with
 * their pots set in the ledger and their audit records), the historic and running bids with every
 * row their lifecycle leaves, then the ledger and the audit chain in time order.
 */
final class WorkloadPlanner {

  static final long FIRST_ID = 1000;

  private WorkloadPlanner() {}

  static Workload plan(GeneratorSettings settings) {
    Workload work = new Workload();
    declareTables(work);
    SplittableRandom random = new SplittableRandom(settings.seed());
    ReferencePlanner reference = new ReferencePlanner(work, random.split(), settings.today());
    work.lastIds.put("organisation_seq", reference.organisations(FIRST_ID) - 1);
    work.lastIds.put("app_user_seq", reference.users(FIRST_ID, settings.seed()) - 1);
    List<Round> rounds = reference.rounds(FIRST_ID);
    work.lastIds.put("funding_round_seq", rounds.get(rounds.size() - 1).id());
    AuditLog audit = new AuditLog();
    LedgerBook ledger = new LedgerBook();
    Instant now = ReferencePlanner.london(settings.today(), java.time.LocalTime.MIDNIGHT);
    BidLifecycles lifecycles = new BidLifecycles(work, random.split(), audit, ledger, now);
    List<List<BidPlan>> byRound = lifecycles.plan(rounds, settings.bids(), settings.runningBids());
    for (int i = 0; i < rounds.size(); i++) {
      round(work, rounds.get(i), byRound.get(i), lifecycles.awarded(rounds.get(i).id()), audit, ledger);
    }
    work.lastIds.putAll(lifecycles.lastIds());
    long lastLedger = ledger.writeInto(work.tables.get("ledger_entry"), work.tables.get("ledger_round_balance"),
        work.tables.get("ledger_award_balance"), audit, FIRST_ID);
    work.lastIds.put("ledger_entry_seq", lastLedger);
    String[] head = audit.chainInto(work.tables.get("audit_entry"), FIRST_ID);
    work.auditHeadId = Long.parseLong(head[0]);
    work.auditHeadHash = head[1];
    return work;
  }

  private static void round(Workload work, Round round, List<BidPlan> bids, Money awarded, AuditLog audit, LedgerBook ledger) {
    Money pot = round.open()
        ? Money.ofPounds(1_000_000_000)
        : Money.ofPounds(Math.max(1, awarded.amount().multiply(new BigDecimal("1.25"))
            .divide(BigDecimal.valueOf(1_000_000), 0, RoundingMode.CEILING).longValue()) * 1_000_000);
    Money maxBid = Money.ofPounds(round.open() ? 1_000_000 : 750_000);
    Money minBid = Money.ofPounds(round.open() ? 10_000 : 50_000);
    Instant configured = round.opensAt().minus(Duration.ofDays(14)).plusSeconds(9 * 3600);
    Instant windowClosed = round.open() ? null : round.closesAt().plusSeconds(1);
    work.tables.get("funding_round").add(round.id(), round.reference(), round.name(), round.programmeId(),
        ReferencePlanner.HOME_OFFICE, round.opensAt(), round.closesAt(), pot.amount(), minBid.amount(), maxBid.amount(),
        round.spendStart(), round.spendBy(), windowClosed, null, 2L, round.open() ? 5000 : null, BigDecimal.ZERO.setScale(2),
        "GRANT_REQUESTED", true, new BigDecimal("70.00"), new BigDecimal("60.00"), new BigDecimal("15.00"), 10_485_760L);
    List<String> leadTypes = round.open()
        ? List.of("BRITISH_TRANSPORT_POLICE", "LOCAL_AUTHORITY", "PCC_OFFICE", "PROVIDER")
        : List.of("BRITISH_TRANSPORT_POLICE", "LOCAL_AUTHORITY", "PCC_OFFICE");
    leadTypes.forEach(type -> work.tables.get("round_lead_type").add(round.id(), type));
    ReferencePlanner.CATEGORIES.forEach(c -> work.tables.get("round_cost_category").add(round.id(), c));
    Money cap = round.open() ? Money.ofPounds(100_000_000) : maxBid;
    round.quarters().stream().map(q -> q.year().startYear()).distinct()
        .forEach(year -> work.tables.get("round_year_cap").add(round.id(), year, cap.amount()));
    if (round.open()) {
      for (long area = 1; area <= ReferencePlanner.AREAS; area++) {
        work.tables.get("round_area_envelope").add(round.id(), area, new BigDecimal("500000000.00"));
      }
    }
    for (int i = 0; i < ReferencePlanner.CRITERIA.size(); i++) {
      var c = ReferencePlanner.CRITERIA.get(i);
      work.tables.get("round_criterion").add(round.id(), i, c.getCode(), c.getTitle(), c.getGuidance(),
          c.getWeight().setScale(2), c.getScaleMax());
    }
    ledger.potSet(round.id(), round.reference(), pot, ReferencePlanner.OFFICER, configured.plusMillis(1));
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("name", round.name());
    snapshot.put("programme", round.programmeCode());
    snapshot.put("funder", "Home Office");
    snapshot.put("opensAt", round.opensAt().toString());
    snapshot.put("closesAt", round.closesAt().toString());
    snapshot.put("pot", pot.toString());
    snapshot.put("minBid", minBid.toString());
    snapshot.put("maxBid", maxBid.toString());
    snapshot.put("spendStart", round.spendStart().toString());
    snapshot.put("spendBy", round.spendBy().toString());
    snapshot.put("rules", "leadTypes=" + leadTypes + ", yearCap=" + cap + ", maxBidsPerArea=" + (round.open() ? 5000 : null)
        + ", match=0.00%, maxCapital=70.00%, categories=" + ReferencePlanner.CATEGORIES + ", passMark=60.00, moderationThreshold=15.00");
    audit.record(configured.plusMillis(2), ReferencePlanner.OFFICER, "ROUND", round.reference(), "CREATED", null, snapshot);
    if (windowClosed != null) {
      audit.record(windowClosed, "system", "ROUND", round.reference(), "WINDOW_CLOSED", null,
          Map.of("windowClosedAt", windowClosed.toString()));
    }
    work.rounds.add(new RoundPlan(round.id(), round.reference(), configured, round.closesAt(), ReferencePlanner.OFFICER,
        round.open()));
    work.bids.addAll(bids);
  }

  private static void declareTables(Workload w) {
    w.table("organisation", "id", "name", "org_type", "org_identifier", "force_area_id", "version");
    w.table("app_user", "id", "username", "password_hash", "display_name", "organisation_id", "home_force_area_id",
        "enabled", "version");
    w.table("app_user_role", "app_user_id", "role");
    w.table("funding_round", "id", "reference", "name", "programme_id", "funder_id", "opens_at", "closes_at", "pot",
        "min_bid", "max_bid", "spend_start", "spend_by", "window_closed_at", "process_instance_id", "version",
        "max_bids_per_area", "match_percent", "match_base", "match_in_kind_counts", "max_capital_percent", "pass_mark",
        "moderation_threshold", "max_attachment_bytes");
    w.table("round_lead_type", "funding_round_id", "org_type");
    w.table("round_cost_category", "funding_round_id", "category");
    w.table("round_year_cap", "funding_round_id", "financial_year", "cap");
    w.table("round_area_envelope", "funding_round_id", "force_area_id", "envelope");
    w.table("round_criterion", "funding_round_id", "position", "code", "title", "guidance", "weight", "scale_max");
    w.table("bid", "id", "reference", "funding_round_id", "lead_organisation_id", "force_area_id", "pcc_office_id",
        "title", "summary", "problem_statement", "status", "year_move_approved", "created_by", "created_at",
        "updated_by", "updated_at", "version", "area_rank", "applicant_profile");
    w.table("bid_intervention", "bid_id", "intervention");
    w.table("bid_location", "bid_id", "position", "local_authority", "description");
    w.table("budget_line", "bid_id", "position", "financial_year", "quarter", "category", "capital", "description",
        "amount");
    w.table("match_contribution", "bid_id", "position", "source", "financial_year", "amount", "in_kind", "status",
        "evidence");
    w.table("outcome_target", "bid_id", "position", "indicator", "unit", "baseline", "target", "how_measured");
    w.table("bid_risk", "bid_id", "position", "description", "likelihood", "impact", "mitigation");
    w.table("bid_team_member", "bid_id", "app_user_id", "access");
    w.table("bid_version", "id", "bid_id", "version_number", "reason", "grant_requested", "snapshot", "created_by",
        "created_at");
    w.table("assessment", "id", "bid_id", "assessor", "status", "conflict_reason", "weighted_score", "comment",
        "created_at", "submitted_at", "version");
    w.table("assessment_score", "assessment_id", "criterion_code", "score", "comment");
    w.table("award", "bid_id", "funding_round_id", "decision", "amount", "conditions", "reasons", "decided_by",
        "decided_at", "offer_status", "offer_expires_at", "accepted_by", "accepted_at", "spend_start", "spend_by",
        "closed_at", "underspend", "outcomes_summary", "version");
    w.table("monitoring_return", "id", "bid_id", "financial_year", "quarter", "final_return", "status", "narrative",
        "submitted_by", "submitted_at", "verified_by", "verified_at", "verification_comment", "version");
    w.table("return_spend", "return_id", "position", "category", "capital", "amount");
    w.table("return_outcome", "return_id", "position", "indicator", "achieved");
    w.table("ledger_entry", "id", "entry_type", "funding_round_id", "bid_id", "organisation_id", "force_area_id",
        "financial_year", "quarter", "cost_category", "amount", "reason", "idempotency_key", "created_by", "created_at");
    w.table("ledger_round_balance", "funding_round_id", "pot", "committed", "paid", "clawed_back", "last_entry_id",
        "version");
    w.table("ledger_award_balance", "bid_id", "funding_round_id", "committed", "paid", "clawed_back", "last_entry_id",
        "version");
    w.table("audit_entry", "id", "occurred_at", "actor", "entity_type", "entity_id", "action", "old_value",
        "new_value", "prev_hash", "hash");
  }
}
