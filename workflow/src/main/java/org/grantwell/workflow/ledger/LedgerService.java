package org.grantwell.workflow.ledger;

import static org.grantwell.db.shared.MoneyFormat.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.ledger.AwardBalance;
import org.grantwell.db.ledger.EntryType;
import org.grantwell.db.ledger.Figure;
import org.grantwell.db.ledger.Figures;
import org.grantwell.db.ledger.LedgerConstraintException;
import org.grantwell.db.ledger.LedgerEntry;
import org.grantwell.db.ledger.Recipient;
import org.grantwell.db.ledger.LedgerRepository;
import org.grantwell.db.ledger.Reconciliation;
import org.grantwell.db.ledger.RoundBalance;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * Moves a round's money, one immutable ledger entry (and one audit record) per movement, in the
 * caller's transaction (REQUIRED: a workflow step's movement commits or rolls back with the step).
 *
 * <p>Invariants: a round's commitments never exceed its pot; an award never pays more than is
 * committed to it; a clawback never exceeds what was paid. Each call locks the round's balance row
 * and then the award's (so concurrent movements of one round serialise and each sees the last),
 * decides with what it read under the lock, and then writes; the balance rows' CHECKs hold the
 * invariants even so, and a CHECK refusal surfaces as the same {@link LedgerRefusedException}.
 *
 * <p>Every call carries an idempotency key: a retried request or job that finds its key returns the
 * entry written the first time and writes nothing. A refusal the service sees coming writes nothing
 * and does not spoil the caller's transaction ({@code dontRollbackOn}); one the database catches
 * does.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = LedgerRefusedException.class)
public class LedgerService {

  static final String ENTITY_TYPE = "LEDGER_ENTRY";

  @Inject private LedgerRepository ledger;
  @Inject private FundingRoundRepository rounds;
  @Inject private BidRepository bids;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /**
   * Sets the round's pot: a {@code POT_SET} the first time, a {@code POT_CHANGED} of the difference
   * after.
   */
  public LedgerEntryView setPot(long roundId, Money pot, String actor, String key) {
    LedgerRequests.requirePositive(pot, "pot");
    LedgerRequests.requireCaller(actor, key);
    FundingRound round =
        rounds
            .find(roundId)
            .orElseThrow(() -> new NotFoundException("There is no round " + roundId));
    Optional<RoundBalance> balance = ledger.lockRound(roundId);
    Optional<LedgerEntry> earlier =
        replay(key, e -> e.getType().figure() == Figure.POT && e.getRoundId() == roundId);
    if (earlier.isPresent()) {
      return LedgerEntryView.of(earlier.get());
    }
    if (balance.isEmpty()) {
      String reason = "Pot of " + format(pot) + " set for round " + round.getReference();
      return write(
          new LedgerDraft(EntryType.POT_SET, roundId, null, pot, reason),
          key,
          actor,
          LedgerRefusedException::noPot);
    }
    RoundBalance current = balance.get();
    Money change = pot.minus(current.pot());
    if (change.isZero()) {
      throw LedgerRefusedException.potUnchanged(pot);
    }
    Supplier<LedgerRefusedException> overCommitted =
        () -> LedgerRefusedException.potBelowCommitted(current.committed(), pot);
    if (pot.isLessThan(current.committed())) {
      throw overCommitted.get();
    }
    String reason =
        "Pot of round "
            + round.getReference()
            + " changed from "
            + format(current.pot())
            + " to "
            + format(pot);
    return write(
        new LedgerDraft(EntryType.POT_CHANGED, roundId, null, change, reason),
        key,
        actor,
        overCommitted);
  }

  /**
   * Records the part of a formula round's pot earmarked for one force area's PCC office. It moves
   * no balance: the office's award is committed when its spending plan is agreed.
   */
  public LedgerEntryView recordAllocation(
      long roundId, long forceAreaId, long organisationId, Money amount, String reason, String actor, String key) {
    LedgerRequests.requirePositive(amount, "amount");
    LedgerRequests.requireCaller(actor, key);
    ledger.lockRound(roundId);
    Optional<LedgerEntry> earlier =
        replay(key, e -> e.getType() == EntryType.ALLOCATION && e.getRoundId() == roundId);
    if (earlier.isPresent()) {
      return LedgerEntryView.of(earlier.get());
    }
    LedgerEntry entry =
        new LedgerEntry(EntryType.ALLOCATION, roundId, Recipient.area(forceAreaId, organisationId), null, null, null,
            amount, LedgerRequests.requireReason(reason), key, actor, clock.instant());
    ledger.append(entry);
    audit.record(actor, ENTITY_TYPE, String.valueOf(entry.getId()), entry.getType().name(), null, LedgerRequests.auditValues(entry));
    return LedgerEntryView.of(entry);
  }

  /** Commits an award (or an uplift of one) to a bid out of what its round's pot has left. */
  public LedgerEntryView commitAward(long bidId, Money amount, String actor, String key) {
    LedgerRequests.requirePositive(amount, "amount");
    LedgerRequests.requireCaller(actor, key);
    Bid bid = bid(bidId);
    long roundId = bid.getRound().getId();
    Optional<RoundBalance> round = ledger.lockRound(roundId);
    Optional<LedgerEntry> earlier =
        replay(key, LedgerRequests.same(EntryType.AWARD_COMMITTED, bidId, amount));
    if (earlier.isPresent()) {
      return LedgerEntryView.of(earlier.get());
    }
    RoundBalance balance = round.orElseThrow(LedgerRefusedException::noPot);
    Supplier<LedgerRefusedException> overCommitted =
        () -> LedgerRefusedException.overCommitment(balance.remaining(), amount);
    if (amount.isGreaterThan(balance.remaining())) {
      throw overCommitted.get();
    }
    ledger.lockAward(bidId);
    String reason = "Award of " + format(amount) + " committed to bid " + bid.getReference();
    return write(
        new LedgerDraft(EntryType.AWARD_COMMITTED, roundId, bid, amount, reason),
        key,
        actor,
        overCommitted);
  }

  /** Takes part of an award back before it is paid; the pot gets it back. */
  public LedgerEntryView reduceAward(
      long bidId, Money by, String reason, String actor, String key) {
    LedgerRequests.requirePositive(by, "amount");
    LedgerRequests.requireCaller(actor, key);
    String why = LedgerRequests.requireReason(reason);
    Money amount = Money.ZERO.minus(by);
    LockedAward award =
        lock(bidId, key, LedgerRequests.same(EntryType.AWARD_REDUCED, bidId, amount));
    if (award.earlier() != null) {
      return LedgerEntryView.of(award.earlier());
    }
    Money outstanding = award.balance().outstanding();
    Supplier<LedgerRefusedException> tooMuch =
        () -> LedgerRefusedException.beyondOutstanding(outstanding, by, "reduction");
    if (by.isGreaterThan(outstanding)) {
      throw tooMuch.get();
    }
    return write(
        new LedgerDraft(EntryType.AWARD_REDUCED, award.roundId(), award.bid(), amount, why),
        key,
        actor,
        tooMuch);
  }

  /** Gives the unpaid rest of an award (committed - paid - clawed back) back to the pot. */
  public LedgerEntryView releaseAward(long bidId, String reason, String actor, String key) {
    LedgerRequests.requireCaller(actor, key);
    String why = LedgerRequests.requireReason(reason);
    LockedAward award = lock(bidId, key, LedgerRequests.sameKind(EntryType.AWARD_RELEASED, bidId));
    if (award.earlier() != null) {
      return LedgerEntryView.of(award.earlier());
    }
    Money outstanding = award.balance().outstanding();
    if (!outstanding.isPositive()) {
      throw LedgerRefusedException.nothingToRelease(outstanding);
    }
    Money amount = Money.ZERO.minus(outstanding);
    return write(
        new LedgerDraft(EntryType.AWARD_RELEASED, award.roundId(), award.bid(), amount, why),
        key,
        actor,
        () -> LedgerRefusedException.nothingToRelease(outstanding));
  }

  /** Pays a claim for one quarter; never more than the award has left to pay. */
  public LedgerEntryView payClaim(
      long bidId, Money amount, FinancialYear year, int quarter, String actor, String key) {
    LedgerRequests.requirePositive(amount, "amount");
    LedgerRequests.requireCaller(actor, key);
    String period = LedgerRequests.period(year, quarter).toString();
    LockedAward award =
        lock(
            bidId,
            key,
            LedgerRequests.same(EntryType.CLAIM_PAID, bidId, amount)
                .and(
                    e ->
                        year.equals(e.getFinancialYear())
                            && Integer.valueOf(quarter).equals(e.getQuarter())));
    if (award.earlier() != null) {
      return LedgerEntryView.of(award.earlier());
    }
    Money outstanding = award.balance().outstanding();
    Supplier<LedgerRefusedException> overpaid =
        () -> LedgerRefusedException.overPayment(outstanding, amount);
    if (amount.isGreaterThan(outstanding)) {
      throw overpaid.get();
    }
    String reason = "Claim for " + period + " paid on bid " + award.bid().getReference();
    LedgerDraft draft =
        new LedgerDraft(EntryType.CLAIM_PAID, award.roundId(), award.bid(), amount, reason)
            .in(year, quarter);
    return write(draft, key, actor, overpaid);
  }

  /** Records money the recipient must return out of what it was paid. */
  public LedgerEntryView clawBack(
      long bidId, Money amount, String reason, String actor, String key) {
    LedgerRequests.requirePositive(amount, "amount");
    LedgerRequests.requireCaller(actor, key);
    String why = LedgerRequests.requireReason(reason);
    LockedAward award = lock(bidId, key, LedgerRequests.same(EntryType.CLAWBACK, bidId, amount));
    if (award.earlier() != null) {
      return LedgerEntryView.of(award.earlier());
    }
    Money paidNet = award.balance().figures().paidNet();
    Supplier<LedgerRefusedException> tooMuch =
        () -> LedgerRefusedException.overClawback(paidNet, amount);
    if (amount.isGreaterThan(paidNet)) {
      throw tooMuch.get();
    }
    return write(
        new LedgerDraft(EntryType.CLAWBACK, award.roundId(), award.bid(), amount, why),
        key,
        actor,
        tooMuch);
  }

  /**
   * Moves unpaid committed money from one financial year to another, as approved: two {@code
   * VARIATION_MOVED} entries (minus in {@code from}, plus in {@code to}) under the keys {@code key
   * + ":from"} and {@code key + ":to"}, which leave the award's total unchanged.
   */
  public List<LedgerEntryView> moveBetweenYears(
      long bidId,
      FinancialYear from,
      FinancialYear to,
      Money amount,
      String approvedBy,
      String key) {
    LedgerRequests.requirePositive(amount, "amount");
    LedgerRequests.requireCaller(approvedBy, key + ":from");
    LedgerRequests.requireDifferentYears(from, to);
    Money out = Money.ZERO.minus(amount);
    LockedAward award =
        lock(
            bidId,
            key + ":from",
            LedgerRequests.same(EntryType.VARIATION_MOVED, bidId, out)
                .and(e -> from.equals(e.getFinancialYear())));
    if (award.earlier() != null) {
      LedgerEntry in =
          ledger
              .findByIdempotencyKey(key + ":to")
              .orElseThrow(() -> new IllegalStateException("Half a year move under key " + key));
      return List.of(LedgerEntryView.of(award.earlier()), LedgerEntryView.of(in));
    }
    Money outstanding = award.balance().outstanding();
    Supplier<LedgerRefusedException> tooMuch =
        () -> LedgerRefusedException.beyondOutstanding(outstanding, amount, "move between years");
    if (amount.isGreaterThan(outstanding)) {
      throw tooMuch.get();
    }
    String reason =
        "Moved " + format(amount) + " from " + from + " to " + to + ", approved by " + approvedBy;
    LedgerDraft draft =
        new LedgerDraft(EntryType.VARIATION_MOVED, award.roundId(), award.bid(), out, reason);
    LedgerEntryView first = write(draft.in(from, null), key + ":from", approvedBy, tooMuch);
    LedgerEntryView second = write(draft.negated().in(to, null), key + ":to", approvedBy, tooMuch);
    return List.of(first, second);
  }

  /** The round's pot, commitments and payments (all zero until its pot is set). */
  /** What is committed, net, across every round an organisation funds. */
  public Money committedByFunder(long funderId) {
    return ledger.committedByFunder(funderId);
  }

  public RoundBalances balances(long roundId) {
    rounds.find(roundId).orElseThrow(() -> new NotFoundException("There is no round " + roundId));
    return RoundBalances.of(
        ledger.findRound(roundId).map(RoundBalance::figures).orElse(Figures.ZERO));
  }

  /** One award's commitments and payments (all zero until something is committed). */
  public AwardBalances awardBalances(long bidId) {
    bid(bidId);
    return AwardBalances.of(
        ledger.findAward(bidId).map(AwardBalance::figures).orElse(Figures.ZERO));
  }

  /** The round's balance rows checked against the sums of its entries. */
  public Reconciliation reconcile(long roundId) {
    rounds.find(roundId).orElseThrow(() -> new NotFoundException("There is no round " + roundId));
    return ledger.reconcile(roundId);
  }

  private Bid bid(long bidId) {
    return bids.find(bidId).orElseThrow(() -> new NotFoundException("There is no bid " + bidId));
  }

  /** Locks the bid's round and then its award, and looks for an earlier entry under the key. */
  private LockedAward lock(long bidId, String key, Predicate<LedgerEntry> sameRequest) {
    Bid bid = bid(bidId);
    ledger.lockRound(bid.getRound().getId());
    Optional<AwardBalance> balance = ledger.lockAward(bidId);
    LedgerEntry earlier = replay(key, sameRequest).orElse(null);
    return new LockedAward(bid, balance.orElse(null), earlier);
  }

  /** The entry an earlier call wrote under this key, if any; refused if it was another request. */
  private Optional<LedgerEntry> replay(String key, Predicate<LedgerEntry> sameRequest) {
    Optional<LedgerEntry> earlier = ledger.findByIdempotencyKey(key);
    if (earlier.isPresent() && !sameRequest.test(earlier.get())) {
      throw LedgerRefusedException.keyReused(key, earlier.get().getId());
    }
    return earlier;
  }

  private LedgerEntryView write(
      LedgerDraft draft, String key, String actor, Supplier<LedgerRefusedException> onCheck) {
    LedgerEntry entry = draft.entry(key, actor, clock.instant());
    try {
      ledger.append(entry);
    } catch (LedgerConstraintException e) {
      if (e.kind() == LedgerConstraintException.Kind.CHECK) {
        LedgerRefusedException refusal = onCheck.get();
        refusal.initCause(e);
        throw refusal;
      }
      throw new StaleEditException(
          "Someone else moved this round's money at the same moment; nothing was written. Try"
              + " again");
    }
    audit.record(
        actor,
        ENTITY_TYPE,
        String.valueOf(entry.getId()),
        entry.getType().name(),
        null,
        LedgerRequests.auditValues(entry));
    return LedgerEntryView.of(entry);
  }
}
