package org.grantwell.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.grantwell.bench.data.BidPlan.QuarterPlan;
import org.grantwell.bench.data.BidPlan.Stage;
import org.grantwell.bench.data.ReferencePlanner.Round;
import org.grantwell.db.assessment.WeightedScores;
import org.grantwell.db.bid.rules.BudgetLineData;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.lifecycle.AwardProfile;
import org.grantwell.workflow.lifecycle.ReturnPeriods;

/**
 * Plans every bid and the rows its lifecycle leaves, as the services write them: the bid and its
 * content, the versions sent for sign-off and submitted, the assessments, the award, the quarterly
 * returns, the ledger movements and the audit records. Historic bids are declined or funded and
 * closed; the running bids of BENCH-OPEN are drafts or in assessment.
 */
final class BidLifecycles {

  private static final double FUNDED_SHARE = 0.6;
  /**
   * The share of the running bids left as drafts; the rest wait for their two assessments. The load
   * consumes scoring tasks (50 users complete about one a second, and the warm-up may run 15
   * minutes), while drafts are edited and stay drafts: 30% drafts leaves 1,400 scoring tasks.
   */
  private static final double DRAFT_SHARE = 0.3;

  private final Workload work;
  private final SplittableRandom random;
  private final AuditLog audit;
  private final LedgerBook ledger;
  private final Instant now;
  private final Map<Long, Money> awarded = new HashMap<>();
  private final Map<Integer, Integer> ranks = new HashMap<>();
  private long nextBid = WorkloadPlanner.FIRST_ID;
  private long nextVersion = WorkloadPlanner.FIRST_ID;
  private long nextAssessment = WorkloadPlanner.FIRST_ID;
  private long nextReturn = WorkloadPlanner.FIRST_ID;

  BidLifecycles(Workload work, SplittableRandom random, AuditLog audit, LedgerBook ledger, Instant now) {
    this.work = work;
    this.random = random;
    this.audit = audit;
    this.ledger = ledger;
    this.now = now;
  }

  /** The bids of each round (same order as {@code rounds}); the last round is the open one. */
  List<List<BidPlan>> plan(List<Round> rounds, int historic, int running) {
    List<List<BidPlan>> byRound = new ArrayList<>();
    rounds.forEach(r -> byRound.add(new ArrayList<>()));
    int closedRounds = rounds.size() - 1;
    // A round draws bids in proportion to the quarters of its spending window: the multi-year
    // rounds of past years are the big ones, the rounds of this year (barely spent) small.
    int[] upTo = new int[closedRounds];
    for (int r = 0, sum = 0; r < closedRounds; r++) {
      sum += rounds.get(r).quarters().size();
      upTo[r] = sum;
    }
    for (int i = 0; i < historic; i++) {
      int draw = random.nextInt(upTo[closedRounds - 1]);
      int r = 0;
      while (upTo[r] <= draw) {
        r++;
      }
      byRound.get(r).add(historicBid(rounds.get(r)));
    }
    Round open = rounds.get(closedRounds);
    int drafts = (int) Math.round(running * DRAFT_SHARE);
    for (int i = 0; i < running; i++) {
      byRound.get(closedRounds).add(runningBid(open, i < drafts ? Stage.DRAFT : Stage.IN_ASSESSMENT, 1 + i % ReferencePlanner.AREAS));
    }
    return byRound;
  }

  Money awarded(long roundId) {
    return awarded.getOrDefault(roundId, Money.ZERO);
  }

  Map<String, Long> lastIds() {
    Map<String, Long> ids = new LinkedHashMap<>();
    ids.put("bid_seq", nextBid - 1);
    ids.put("bid_version_seq", nextVersion - 1);
    ids.put("assessment_seq", nextAssessment - 1);
    ids.put("monitoring_return_seq", nextReturn - 1);
    return ids;
  }

  private BidPlan historicBid(Round round) {
    int area = 1 + random.nextInt(ReferencePlanner.AREAS);
    long id = nextBid++;
    String ref = "GW-" + id;
    String bidder = ReferencePlanner.bidder(area);
    String signOff = ReferencePlanner.signOff(area);
    BidContent content = content(area, round);
    Instant created = after(round.opensAt(), 3600, 18 * 86400);
    Instant sent = after(created, 86400, 6 * 86400);
    Instant signedOff = after(sent, 86400, 4 * 86400);
    Instant submitted = after(signedOff, 3600, 2 * 86400);
    boolean funded = random.nextDouble() < FUNDED_SHARE;
    List<String> assessors = assessors(area);
    List<Instant> assessed = List.of(after(round.closesAt(), 2 * 86400, 20 * 86400), after(round.closesAt(), 2 * 86400, 20 * 86400));
    Instant decided = after(round.closesAt(), 25 * 86400, 35 * 86400);
    String panel = "bench.panel." + (1 + random.nextInt(ReferencePlanner.PANEL));
    String decision = !funded ? "DECLINE" : random.nextInt(5) == 0 ? "PART_FUND" : "FUND";
    writeBid(id, ref, round, area, content, funded ? "CLOSED" : "DECLINED", funded ? 11 : 7, signOff, null, created);
    submission(id, ref, content, bidder, signOff, null, created, sent, signedOff, submitted);
    scores(id, ref, bidder, submitted, assessors, assessed, funded);
    Money requested = content.grantRequested();
    if (!funded) {
      work.tables.get("award").add(id, round.id(), "DECLINE", null, null, "Scored below the funded bids of the round",
          panel, decided, null, null, null, null, null, null, null, null, null, 1L);
      decisionAudit(ref, panel, decided, "DECLINE", null, requested, null, "Scored below the funded bids of the round");
      return plan(id, ref, round, area, Stage.DECLINED, bidder, signOff, assessors, panel, decision, created, sent,
          signedOff, submitted, assessed, decided, null, List.of(), null);
    }
    Money amount = decision.equals("FUND") ? requested
        : Money.of(requested.amount().multiply(new BigDecimal("0.8")).setScale(0, RoundingMode.DOWN).setScale(2));
    String conditions = decision.equals("FUND") ? null : "Fund the lighting and guardianship parts first";
    String reasons = "Strong, well-evidenced bid";
    awarded.merge(round.id(), amount, Money::plus);
    Instant accepted = after(decided, 86400, 10 * 86400);
    decisionAudit(ref, panel, decided, decision, amount, requested, conditions, reasons);
    ledger.commit(round.id(), id, ref, area, area, amount, panel, decided.plusMillis(1));
    Instant expires = decided.plusMillis(2).plus(Duration.ofDays(14));
    audit.record(decided.plusMillis(2), panel, "BID", ref, "OFFER_MADE", null,
        Map.of("amount", amount.toString(), "expiresAt", expires.toString()));
    audit.record(accepted, bidder, "BID", ref, "OFFER_ACCEPTED", null,
        Map.of("amount", amount.toString(), "conditions", String.valueOf(conditions)));
    Delivery delivery = deliver(id, ref, round, area, content, amount, bidder, accepted);
    work.tables.get("award").add(id, round.id(), decision, amount.amount(), conditions, reasons, panel, decided,
        "CLOSED", expires, bidder, accepted, round.spendStart(), round.spendBy(), delivery.closed,
        delivery.underspend.amount(), delivery.narrative, 3L);
    return plan(id, ref, round, area, Stage.CLOSED, bidder, signOff, assessors, panel, decision, created, sent,
        signedOff, submitted, assessed, decided, accepted, delivery.quarters, delivery.finalReturn);
  }

  private BidPlan runningBid(Round round, Stage stage, int area) {
    long id = nextBid++;
    String ref = "GW-" + id;
    String bidder = ReferencePlanner.bidder(area);
    String signOff = ReferencePlanner.signOff(area);
    BidContent content = content(area, round);
    if (stage == Stage.DRAFT) {
      Instant created = now.minusSeconds(3600 + random.nextInt(29 * 86400 - 7200));
      writeBid(id, ref, round, area, content, "DRAFT", 2, bidder, null, created);
      return plan(id, ref, round, area, stage, bidder, signOff, List.of(), null, null, created, null, null, null,
          List.of(), null, null, List.of(), null);
    }
    Instant created = now.minusSeconds(20 * 86400 + random.nextInt(9 * 86400));
    Instant sent = after(created, 86400, 3 * 86400);
    Instant signedOff = after(sent, 86400, 2 * 86400);
    Instant submitted = after(signedOff, 3600, 86400);
    int rank = ranks.merge(area, 1, Integer::sum);
    List<String> assessors = assessors(area);
    writeBid(id, ref, round, area, content, "IN_ASSESSMENT", 5, signOff, rank, created);
    submission(id, ref, content, bidder, signOff, rank, created, sent, signedOff, submitted);
    for (String assessor : assessors) {
      work.tables.get("assessment").add(nextAssessment++, id, assessor, "OPEN", null, null, null,
          submitted.plusMillis(1), null, 1L);
    }
    return plan(id, ref, round, area, stage, bidder, signOff, assessors, null, null, created, sent, signedOff,
        submitted, List.of(), null, null, List.of(), null);
  }

  private BidContent content(int area, Round round) {
    List<String> partners = List.of(Names.area(area) + " councils' community safety partnership (bench)",
        Names.area(area) + " Women's Aid (bench)");
    return BidContent.draw(random, area, round.quarters(), partners);
  }

  private void writeBid(long id, String ref, Round round, int area, BidContent content, String status, long version,
      String updatedBy, Integer rank, Instant created) {
    String bidder = ReferencePlanner.bidder(area);
    work.tables.get("bid").add(id, ref, round.id(), (long) area, (long) area, (long) area, content.title(),
        content.summary(), content.problemStatement(), status, false, bidder, created, updatedBy,
        status.equals("DRAFT") ? created : created.plus(Duration.ofDays(5)), version, rank, null);
    content.interventions().forEach(i -> work.tables.get("bid_intervention").add(id, i));
    for (int i = 0; i < content.locations().size(); i++) {
      work.tables.get("bid_location").add(id, i, content.locations().get(i)[0], content.locations().get(i)[1]);
    }
    for (int i = 0; i < content.lines().size(); i++) {
      BudgetLineData line = content.lines().get(i);
      work.tables.get("budget_line").add(id, i, line.year().startYear(), line.quarter(), line.category(),
          line.capital(), line.description(), line.amount().amount());
    }
    for (int i = 0; i < content.matches().size(); i++) {
      Object[] m = content.matches().get(i);
      work.tables.get("match_contribution").add(id, i, m[0], m[1], m[2], m[3], m[4], m[5]);
    }
    String[] o = content.outcome();
    work.tables.get("outcome_target").add(id, 0, o[0], o[1], new BigDecimal(o[2]), new BigDecimal(o[3]), o[4]);
    for (int i = 0; i < content.risks().size(); i++) {
      String[] r = content.risks().get(i);
      work.tables.get("bid_risk").add(id, i, r[0], r[1], r[2], r[3]);
    }
    work.tables.get("bid_team_member").add(id, ReferencePlanner.userId(WorkloadPlanner.FIRST_ID, bidder), "EDIT");
    audit.record(created, bidder, "BID", ref, "CREATED", null, content.auditSnapshot(ref, "DRAFT"));
  }

  /** Sent for sign-off, signed off and submitted: two versions and four audit records. */
  private void submission(long id, String ref, BidContent content, String bidder, String signOff, Integer rank,
      Instant created, Instant sent, Instant signedOff, Instant submitted) {
    Money grant = content.grantRequested();
    String snapshot = org.grantwell.db.audit.AuditValue.json(content.auditSnapshot(ref, "AWAITING_SIGN_OFF"));
    work.tables.get("bid_version").add(nextVersion++, id, 1, "SIGN_OFF", grant.amount(), snapshot, bidder, sent);
    work.tables.get("bid_version").add(nextVersion++, id, 2, "SUBMITTED", grant.amount(), snapshot, bidder, submitted);
    audit.record(sent, bidder, "BID", ref, "SENT_FOR_SIGN_OFF", Map.of("status", "DRAFT"),
        Map.of("status", "AWAITING_SIGN_OFF", "version", 1, "grantRequested", grant.toString()));
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decision", "APPROVED");
    decision.put("rank", rank);
    decision.put("comment", null);
    audit.record(signedOff, signOff, "BID", ref, "SIGNED_OFF", Map.of("status", "AWAITING_SIGN_OFF"), decision);
    audit.record(submitted, bidder, "BID", ref, "SUBMITTED", Map.of("status", "SIGNED_OFF"),
        Map.of("version", 2, "grantRequested", grant.toString()));
  }

  /** Eligible, two assessments submitted, scores computed (never far enough apart to moderate). */
  private void scores(long id, String ref, String bidder, Instant submitted, List<String> assessors,
      List<Instant> assessed, boolean funded) {
    audit.record(submitted.plusMillis(1), bidder, "BID", ref, "FOUND_ELIGIBLE", null, Map.of("assessors", assessors));
    int[] base = new int[ReferencePlanner.CRITERIA.size()];
    for (int c = 0; c < base.length; c++) {
      base[c] = funded ? 3 + random.nextInt(3) : 1 + random.nextInt(3);
    }
    List<String> weighted = new ArrayList<>();
    for (int a = 0; a < assessors.size(); a++) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      int tweak = random.nextInt(base.length);
      for (int c = 0; c < base.length; c++) {
        int score = a == 1 && c == tweak ? Math.max(0, Math.min(5, base[c] + (random.nextBoolean() ? 1 : -1))) : base[c];
        scores.put(ReferencePlanner.CRITERIA.get(c).getCode(), score);
      }
      BigDecimal score = WeightedScores.of(ReferencePlanner.CRITERIA, scores);
      long assessment = nextAssessment++;
      work.tables.get("assessment").add(assessment, id, assessors.get(a), "SUBMITTED", null, score,
          "Scored against the round's criteria", submitted.plusMillis(1), assessed.get(a), 2L);
      scores.forEach((code, s) -> work.tables.get("assessment_score").add(assessment, code, s, "See the bid's evidence"));
      weighted.add(score.toPlainString());
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("assessor", assessors.get(a));
      after.put("weightedScore", score.toPlainString());
      after.put("scores", scores);
      audit.record(assessed.get(a), assessors.get(a), "BID", ref, "ASSESSMENT_SUBMITTED", null, after);
    }
    BigDecimal spread = new BigDecimal(weighted.get(0)).subtract(new BigDecimal(weighted.get(1))).abs().setScale(2, RoundingMode.HALF_EVEN);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("scores", weighted);
    after.put("spread", spread.toPlainString());
    after.put("threshold", "15.00");
    after.put("moderationNeeded", false);
    Instant last = assessed.get(0).isAfter(assessed.get(1)) ? assessed.get(0) : assessed.get(1);
    String lastAssessor = assessed.get(0).isAfter(assessed.get(1)) ? assessors.get(0) : assessors.get(1);
    audit.record(last.plusMillis(1), lastAssessor, "BID", ref, "SCORES_COMPUTED", null, after);
  }

  private void decisionAudit(String ref, String panel, Instant at, String decision, Money amount, Money requested,
      String conditions, String reasons) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("decision", decision);
    after.put("amount", amount == null ? null : amount.toString());
    after.put("requested", requested.toString());
    after.put("conditions", conditions);
    after.put("reasons", reasons);
    audit.record(at, panel, "BID", ref, "FUNDING_DECIDED", null, after);
  }

  private record Delivery(List<QuarterPlan> quarters, Instant finalReturn, Instant closed, Money underspend, String narrative) {}

  /** Quarterly returns verified and claims paid to profile, then the final return and closure. */
  private Delivery deliver(long id, String ref, Round round, int area, BidContent content, Money amount,
      String bidder, Instant accepted) {
    Map<FinancialQuarter, Money> profile = AwardProfile.of(content.lines(), amount);
    List<QuarterPlan> quarters = new ArrayList<>();
    Money spent = Money.ZERO;
    Money paid = Money.ZERO;
    Instant last = accepted;
    String officer = ReferencePlanner.OFFICER;
    String indicator = content.outcome()[0];
    for (FinancialQuarter quarter : round.quarters()) {
      Instant end = ReturnPeriods.endOf(quarter);
      Instant filed = after(end, 3 * 86400, 20 * 86400);
      Instant verified = after(filed, 86400, 7 * 86400);
      Money due = profile.getOrDefault(quarter, Money.ZERO);
      Money reported = Money.of(due.amount().multiply(BigDecimal.valueOf(85 + random.nextInt(16)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN));
      long returnId = nextReturn++;
      String narrative = "Delivered to plan in " + quarter + "; " + content.interventions().first().toLowerCase().replace('_', ' ') + " under way";
      work.tables.get("monitoring_return").add(returnId, id, quarter.year().startYear(), quarter.number(), false,
          "VERIFIED", narrative, bidder, filed, officer, verified, null, 2L);
      String category = content.lines().stream().filter(l -> l.financialQuarter().equals(quarter))
          .map(BudgetLineData::category).findFirst().orElse("STAFF");
      work.tables.get("return_spend").add(returnId, 0, category, "CAPITAL_WORKS".equals(category), reported.amount());
      BigDecimal achieved = new BigDecimal(content.outcome()[2]).add(BigDecimal.valueOf(quarters.size() + 1));
      work.tables.get("return_outcome").add(returnId, 0, indicator, achieved);
      audit.record(filed, bidder, "BID", ref, "RETURN_SUBMITTED", null, Map.of("period", quarter.toString(),
          "finalReturn", false, "totalSpend", reported.toString(), "outcomes", 1));
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("period", quarter.toString());
      check.put("verified", true);
      check.put("comment", null);
      check.put("totalSpend", reported.toString());
      audit.record(verified, officer, "BID", ref, "RETURN_VERIFIED", null, check);
      Money claim = due.min(amount.minus(paid));
      if (claim.isPositive()) {
        ledger.claim(round.id(), id, ref, area, area, quarter, claim, officer, verified.plusMillis(1));
        paid = paid.plus(claim);
      }
      audit.record(verified.plusMillis(2), officer, "BID", ref, "CLAIM_PAID", null,
          Map.of("period", quarter.toString(), "amount", claim.toString(), "reportedSpend", reported.toString()));
      spent = spent.plus(reported);
      quarters.add(new QuarterPlan(quarter.toString(), end, filed, verified));
      last = verified;
    }
    Instant finalAt = after(last, 86400, 5 * 86400);
    FinancialQuarter finalPeriod = FinancialQuarter.containing(round.spendBy());
    String narrative = "Project complete: " + indicator.toLowerCase() + " rose from " + content.outcome()[2]
        + " to " + content.outcome()[3] + " per cent";
    long finalId = nextReturn++;
    work.tables.get("monitoring_return").add(finalId, id, finalPeriod.year().startYear(), finalPeriod.number(), true,
        "SUBMITTED", narrative, bidder, finalAt, null, null, null, 1L);
    work.tables.get("return_outcome").add(finalId, 0, indicator, new BigDecimal(content.outcome()[3]));
    audit.record(finalAt, bidder, "BID", ref, "FINAL_RETURN_SUBMITTED", null, Map.of("period", finalPeriod.toString(),
        "finalReturn", true, "totalSpend", "0.00", "outcomes", 1));
    Money clawback = paid.minus(spent);
    if (clawback.isPositive()) {
      ledger.clawBack(round.id(), id, ref, area, area, clawback, bidder, finalAt.plusMillis(1));
    }
    Money underspend = amount.minus(spent).max(Money.ZERO);
    Map<String, Object> closed = new LinkedHashMap<>();
    closed.put("spent", spent.toString());
    closed.put("underspend", underspend.toString());
    closed.put("clawedBack", clawback.max(Money.ZERO).toString());
    closed.put("released", amount.minus(paid).toString());
    audit.record(finalAt.plusMillis(2), bidder, "BID", ref, "AWARD_CLOSED", null, closed);
    return new Delivery(quarters, finalAt, finalAt.plusMillis(2), underspend, narrative);
  }

  /** Two different assessors, neither from the bid's force area. */
  private List<String> assessors(int area) {
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < 2) {
      int n = 1 + random.nextInt(ReferencePlanner.ASSESSORS);
      String name = ReferencePlanner.assessor(n);
      if (ReferencePlanner.assessorArea(n) != area && !chosen.contains(name)) {
        chosen.add(name);
      }
    }
    return chosen;
  }

  private Instant after(Instant base, long minSeconds, long maxSeconds) {
    return base.plusSeconds(minSeconds + random.nextLong(maxSeconds - minSeconds));
  }

  private BidPlan plan(long id, String ref, Round round, int area, Stage stage, String bidder, String signOff,
      List<String> assessors, String panel, String decision, Instant created, Instant sent, Instant signedOff,
      Instant submitted, List<Instant> assessed, Instant decided, Instant accepted, List<QuarterPlan> quarters,
      Instant finalReturn) {
    return new BidPlan(id, ref, round.id(), round.reference(), round.closesAt(), area, stage, bidder, signOff,
        List.copyOf(assessors), panel, ReferencePlanner.OFFICER, decision, created, sent, signedOff, submitted,
        List.copyOf(assessed), decided, accepted, List.copyOf(quarters), finalReturn);
  }
}
