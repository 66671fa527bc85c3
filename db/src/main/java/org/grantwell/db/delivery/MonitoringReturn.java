package org.grantwell.db.delivery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * A funded bid's monitoring return for one financial quarter (one per bid, quarter and finality;
 * the final return closes the project): what was spent, what was achieved, and a narrative. A grant
 * officer verifies it or rejects it with a comment; only a rejected return is resubmitted, and a
 * verified one is never changed. Only verified spend counts ({@link
 * MonitoringReturnRepository#verifiedSpend}).
 */
@Entity
@Table(name = "monitoring_return")
@NamedQuery(
    name = "MonitoringReturn.findByBid",
    query =
        "SELECT r FROM MonitoringReturn r WHERE r.bid = :bid"
            + " ORDER BY r.financialYear, r.quarter, r.finalReturn")
@NamedQuery(
    name = "MonitoringReturn.findByBidAndStatus",
    query = "SELECT r FROM MonitoringReturn r WHERE r.bid = :bid AND r.status = :status")
@NamedQuery(
    name = "MonitoringReturn.findByPeriod",
    query =
        "SELECT r FROM MonitoringReturn r WHERE r.bid = :bid AND r.financialYear = :year"
            + " AND r.quarter = :quarter AND r.finalReturn = :finalReturn")
public class MonitoringReturn {

  private static final int MAX_NARRATIVE = 8000;
  private static final int MAX_COMMENT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_return_seq")
  @SequenceGenerator(name = "monitoring_return_seq", sequenceName = "monitoring_return_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bid_id", updatable = false)
  private Bid bid;

  @Column(name = "financial_year", nullable = false, updatable = false)
  private int financialYear;

  @Column(nullable = false, updatable = false)
  private int quarter;

  @Column(name = "final_return", nullable = false, updatable = false)
  private boolean finalReturn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReturnStatus status;

  @Column(nullable = false)
  private String narrative;

  @ElementCollection
  @CollectionTable(name = "return_spend", joinColumns = @JoinColumn(name = "return_id"))
  @OrderColumn(name = "position")
  private List<SpendLine> spend = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "return_outcome", joinColumns = @JoinColumn(name = "return_id"))
  @OrderColumn(name = "position")
  private List<OutcomeValue> outcomes = new ArrayList<>();

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verification_comment")
  private String verificationComment;

  @Version private long version;

  protected MonitoringReturn() {}

  public MonitoringReturn(
      Bid bid,
      FinancialQuarter period,
      boolean finalReturn,
      String narrative,
      List<SpendLine> spend,
      List<OutcomeValue> outcomes,
      String actor,
      Instant now) {
    this.bid = Objects.requireNonNull(bid, "bid");
    Objects.requireNonNull(period, "period");
    this.financialYear = period.year().startYear();
    this.quarter = period.number();
    this.finalReturn = finalReturn;
    fill(narrative, spend, outcomes, actor, now);
  }

  /** Sends a rejected return back with the corrections; it waits for verification again. */
  public void resubmit(
      String narrative, List<SpendLine> spend, List<OutcomeValue> outcomes, String actor, Instant now) {
    requireStatus(ReturnStatus.REJECTED, "resubmit");
    fill(narrative, spend, outcomes, actor, now);
  }

  /** The grant officer accepts the return; its spend now counts. */
  public void verify(String actor, String comment, Instant now) {
    requireStatus(ReturnStatus.SUBMITTED, "verify");
    decide(ReturnStatus.VERIFIED, actor, comment == null || comment.isBlank() ? null : comment, now);
  }

  /** The grant officer sends the return back, saying what is wrong. */
  public void reject(String actor, String comment, Instant now) {
    requireStatus(ReturnStatus.SUBMITTED, "reject");
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException("A rejected return needs a comment saying what to correct");
    }
    decide(ReturnStatus.REJECTED, actor, comment, now);
  }

  private void fill(
      String narrative, List<SpendLine> spend, List<OutcomeValue> outcomes, String actor, Instant now) {
    if (narrative == null || narrative.isBlank() || narrative.strip().length() > MAX_NARRATIVE) {
      throw new IllegalArgumentException("A return needs a narrative of at most " + MAX_NARRATIVE + " characters");
    }
    this.narrative = narrative.strip();
    this.spend = new ArrayList<>(Objects.requireNonNull(spend, "spend"));
    this.outcomes = new ArrayList<>(Objects.requireNonNull(outcomes, "outcomes"));
    this.submittedBy = requireActor(actor);
    this.submittedAt = Objects.requireNonNull(now, "now");
    this.status = ReturnStatus.SUBMITTED;
    this.verifiedBy = null;
    this.verifiedAt = null;
    this.verificationComment = null;
  }

  private void decide(ReturnStatus outcome, String actor, String comment, Instant now) {
    if (comment != null && comment.strip().length() > MAX_COMMENT) {
      throw new IllegalArgumentException("A comment is at most " + MAX_COMMENT + " characters");
    }
    this.verifiedBy = requireActor(actor);
    this.verifiedAt = Objects.requireNonNull(now, "now");
    this.verificationComment = comment == null ? null : comment.strip();
    this.status = outcome;
  }

  private void requireStatus(ReturnStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException(
          "Cannot " + action + " the return for " + period() + ": it is " + status + ", not " + expected);
    }
  }

  private static String requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("A return's step needs the person taking it");
    }
    return actor.strip();
  }

  /** The quarter the return covers. */
  public FinancialQuarter period() {
    return new FinancialQuarter(new FinancialYear(financialYear), quarter);
  }

  /** The sum of the spend lines. */
  public Money totalSpend() {
    Money total = Money.ZERO;
    for (SpendLine line : spend) {
      total = total.plus(line.getAmount());
    }
    return total;
  }

  public Long getId() {
    return id;
  }

  public Bid getBid() {
    return bid;
  }

  public boolean isFinalReturn() {
    return finalReturn;
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public String getNarrative() {
    return narrative;
  }

  public List<SpendLine> getSpend() {
    return List.copyOf(spend);
  }

  public List<OutcomeValue> getOutcomes() {
    return List.copyOf(outcomes);
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** Who verified or rejected the return (null while it waits). */
  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerificationComment() {
    return verificationComment;
  }

  public long getVersion() {
    return version;
  }
}
