package org.grantwell.db.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.grantwell.db.shared.Money;

/**
 * The award of one bid, keyed by the bid's id, from moderation to closure. The steps go in order
 * and each verb refuses the wrong state: moderation only before the decision; one decision, with an
 * amount when it funds and none when it declines; an offer only of funded awards; acceptance or
 * lapse only of an open offer; a later spend-by date and closure only of an accepted award. A
 * funded, unlapsed award may be published as open data (360Giving) once. The money itself moves in
 * the ledger, not here.
 */
@Entity
@Table(name = "award")
public class Award {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Id
  @Column(name = "bid_id")
  private Long bidId;

  @Column(name = "funding_round_id", nullable = false, updatable = false)
  private Long roundId;

  @Column(name = "moderated_score")
  private BigDecimal moderatedScore;

  @Column(name = "moderation_reason")
  private String moderationReason;

  @Column(name = "moderated_by")
  private String moderatedBy;

  @Column(name = "moderated_at")
  private Instant moderatedAt;

  @Enumerated(EnumType.STRING)
  @Column private FundingDecision decision;

  @Column private Money amount;

  @Column private String conditions;

  @Column private String reasons;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "offer_status")
  private OfferStatus offerStatus;

  @Column(name = "offer_expires_at")
  private Instant offerExpiresAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "spend_start")
  private LocalDate spendStart;

  @Column(name = "spend_by")
  private LocalDate spendBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column private Money underspend;

  @Column(name = "outcomes_summary")
  private String outcomesSummary;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected Award() {}

  public Award(long bidId, long roundId) {
    this.bidId = bidId;
    this.roundId = roundId;
  }

  /** The panel's moderated score (0 to 100) replaces the assessors' average; again if need be. */
  public void moderate(BigDecimal score, String reason, String actor, Instant now) {
    if (decision != null) {
      throw new IllegalStateException("Award of bid " + bidId + " is decided (" + decision + "): too late to moderate");
    }
    if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("A moderated score runs from 0 to 100, not " + score);
    }
    this.moderatedScore = score.setScale(2, RoundingMode.HALF_EVEN);
    this.moderationReason = requireText(reason, "A moderated score needs its reason");
    this.moderatedBy = requireText(actor, "A moderated score needs its moderator");
    this.moderatedAt = Objects.requireNonNull(now, "now");
  }

  /**
   * Records the funding decision, once.
   *
   * @param amount the amount awarded for FUND and PART_FUND; null for DECLINE
   */
  public void decide(
      FundingDecision decision, Money amount, String conditions, String reasons, String actor, Instant now) {
    if (this.decision != null) {
      throw new IllegalStateException("Award of bid " + bidId + " is already decided (" + this.decision + ")");
    }
    Objects.requireNonNull(decision, "decision");
    if (decision.funds() && (amount == null || !amount.isPositive())) {
      throw new IllegalArgumentException("A decision to " + decision + " needs a positive amount");
    }
    if (!decision.funds() && amount != null) {
      throw new IllegalArgumentException("A declined bid is awarded no amount");
    }
    this.decision = decision;
    this.amount = amount;
    this.conditions = blankToNull(conditions);
    this.reasons = blankToNull(reasons);
    this.decidedBy = requireText(actor, "A decision needs its decision-maker");
    this.decidedAt = Objects.requireNonNull(now, "now");
  }

  /** Offers the grant on the given spending window; the offer lapses unless accepted by expiresAt. */
  public void offer(Instant expiresAt, LocalDate spendStart, LocalDate spendBy) {
    if (decision == null || !decision.funds()) {
      throw new IllegalStateException(
          "Award of bid " + bidId + " cannot be offered: it is " + (decision == null ? "undecided" : decision));
    }
    if (offerStatus != null) {
      throw new IllegalStateException("Award of bid " + bidId + " was already offered (" + offerStatus + ")");
    }
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (spendStart == null || spendBy == null || !spendBy.isAfter(spendStart)) {
      throw new IllegalArgumentException("The spend-by date must follow the spending start");
    }
    this.offerStatus = OfferStatus.OFFERED;
    this.offerExpiresAt = expiresAt;
    this.spendStart = spendStart;
    this.spendBy = spendBy;
  }

  /** The recipient accepts the offer (before it expires). */
  public void accept(String actor, Instant now) {
    requireOffer(OfferStatus.OFFERED, "accept");
    if (now.isAfter(offerExpiresAt)) {
      throw new IllegalStateException("The offer of bid " + bidId + " expired at " + offerExpiresAt);
    }
    this.acceptedBy = requireText(actor, "An acceptance needs the person accepting");
    this.acceptedAt = now;
    this.offerStatus = OfferStatus.ACCEPTED;
  }

  /** The offer expired unaccepted. */
  public void lapse(Instant now) {
    requireOffer(OfferStatus.OFFERED, "lapse");
    Objects.requireNonNull(now, "now");
    this.offerStatus = OfferStatus.LAPSED;
  }

  /** Gives the project until a later date to spend the grant (an approved EXTEND variation). */
  public void extendSpendBy(LocalDate newSpendBy) {
    requireOffer(OfferStatus.ACCEPTED, "extend the spend-by date of");
    if (newSpendBy == null || !newSpendBy.isAfter(spendBy)) {
      throw new IllegalArgumentException("A new spend-by date must be later than " + spendBy);
    }
    this.spendBy = newSpendBy;
  }

  /** Closes the delivered award with what was left unspent (zero or more) and what it achieved. */
  public void close(Money underspend, String outcomesSummary, Instant now) {
    requireOffer(OfferStatus.ACCEPTED, "close");
    if (underspend == null || underspend.isNegative() || underspend.isGreaterThan(amount)) {
      throw new IllegalArgumentException("An underspend runs from zero to the amount awarded, not " + underspend);
    }
    this.outcomesSummary = requireText(outcomesSummary, "A closed award needs its outcomes summary");
    this.underspend = underspend;
    this.closedAt = Objects.requireNonNull(now, "now");
    this.offerStatus = OfferStatus.CLOSED;
  }

  /**
   * Records that the award was published as open data (the 360Giving file), once: only a funded
   * award whose offer has not lapsed can be published, and a published one stays published.
   */
  public void publish(Instant now) {
    if (decision == null || !decision.funds() || offerStatus == OfferStatus.LAPSED) {
      throw new IllegalStateException(
          "Award of bid " + bidId + " cannot be published: it is "
              + (decision == null ? "undecided" : offerStatus == OfferStatus.LAPSED ? "lapsed" : decision));
    }
    if (publishedAt != null) {
      throw new IllegalStateException("Award of bid " + bidId + " was already published at " + publishedAt);
    }
    this.publishedAt = Objects.requireNonNull(now, "now");
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  private void requireOffer(OfferStatus expected, String action) {
    if (offerStatus != expected) {
      throw new IllegalStateException(
          "Cannot "
              + action
              + " the award of bid "
              + bidId
              + ": its offer is "
              + (offerStatus == null ? "not made" : offerStatus)
              + ", not "
              + expected);
    }
  }

  private static String requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getBidId() {
    return bidId;
  }

  public Long getRoundId() {
    return roundId;
  }

  public BigDecimal getModeratedScore() {
    return moderatedScore;
  }

  public String getModerationReason() {
    return moderationReason;
  }

  public String getModeratedBy() {
    return moderatedBy;
  }

  public Instant getModeratedAt() {
    return moderatedAt;
  }

  public FundingDecision getDecision() {
    return decision;
  }

  public Money getAmount() {
    return amount;
  }

  public String getConditions() {
    return conditions;
  }

  public String getReasons() {
    return reasons;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public OfferStatus getOfferStatus() {
    return offerStatus;
  }

  public Instant getOfferExpiresAt() {
    return offerExpiresAt;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public LocalDate getSpendStart() {
    return spendStart;
  }

  public LocalDate getSpendBy() {
    return spendBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Money getUnderspend() {
    return underspend;
  }

  public String getOutcomesSummary() {
    return outcomesSummary;
  }

  /** When the award was published as open data, or null while it is not. */
  public Instant getPublishedAt() {
    return publishedAt;
  }

  public long getVersion() {
    return version;
  }
}
