package org.grantwell.db.delivery;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * A recipient's request to change a funded project: move an amount between financial years
 * (REPROFILE) or cost categories (MOVE_CATEGORY), or spend until a later date (EXTEND). Each kind
 * carries exactly the fields it needs, checked by its factory and by the table. The request is
 * decided once, approved or declined with a reason; applying an approved one (ledger, award) is the
 * caller's job.
 */
@Entity
@Table(name = "variation")
@NamedQuery(name = "Variation.findByBid", query = "SELECT v FROM Variation v WHERE v.bid = :bid ORDER BY v.id")
public class Variation {

  private static final int MAX_REASON = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "variation_seq")
  @SequenceGenerator(name = "variation_seq", sequenceName = "variation_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bid_id", updatable = false)
  private Bid bid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VariationKind kind;

  @Column(name = "from_year", updatable = false)
  private Integer fromYear;

  @Column(name = "to_year", updatable = false)
  private Integer toYear;

  @Column(name = "from_category", updatable = false)
  private String fromCategory;

  @Column(name = "to_category", updatable = false)
  private String toCategory;

  @Column(updatable = false)
  private Money amount;

  @Column(name = "new_spend_by", updatable = false)
  private LocalDate newSpendBy;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VariationStatus status = VariationStatus.REQUESTED;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Version private long version;

  protected Variation() {}

  private Variation(Bid bid, VariationKind kind, String reason, String actor, Instant now) {
    this.bid = Objects.requireNonNull(bid, "bid");
    this.kind = kind;
    this.reason = requireText(reason, "A variation needs its reason");
    this.requestedBy = requireText(actor, "A variation needs the person requesting it");
    this.requestedAt = Objects.requireNonNull(now, "now");
  }

  /** Moves an amount of the grant from one financial year to another. */
  public static Variation reprofile(
      Bid bid, FinancialYear from, FinancialYear to, Money amount, String reason, String actor, Instant now) {
    if (from == null || to == null || from.equals(to)) {
      throw new IllegalArgumentException("A reprofile moves money between two different financial years");
    }
    Variation variation = new Variation(bid, VariationKind.REPROFILE, reason, actor, now);
    variation.fromYear = from.startYear();
    variation.toYear = to.startYear();
    variation.amount = requirePositive(amount);
    return variation;
  }

  /** Moves an amount of the grant from one cost category to another. */
  public static Variation moveCategory(
      Bid bid, String from, String to, Money amount, String reason, String actor, Instant now) {
    String fromCategory = requireCategory(from);
    String toCategory = requireCategory(to);
    if (fromCategory.equals(toCategory)) {
      throw new IllegalArgumentException("A category move needs two different categories, not " + fromCategory + " twice");
    }
    Variation variation = new Variation(bid, VariationKind.MOVE_CATEGORY, reason, actor, now);
    variation.fromCategory = fromCategory;
    variation.toCategory = toCategory;
    variation.amount = requirePositive(amount);
    return variation;
  }

  /** Asks to spend the grant until a later date (checked against the award when approved). */
  public static Variation extend(Bid bid, LocalDate newSpendBy, String reason, String actor, Instant now) {
    if (newSpendBy == null) {
      throw new IllegalArgumentException("An extension needs its new spend-by date");
    }
    Variation variation = new Variation(bid, VariationKind.EXTEND, reason, actor, now);
    variation.newSpendBy = newSpendBy;
    return variation;
  }

  public void approve(String actor, String reason, Instant now) {
    decide(VariationStatus.APPROVED, actor, reason == null || reason.isBlank() ? null : reason, now);
  }

  public void decline(String actor, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A declined variation needs its reason");
    }
    decide(VariationStatus.DECLINED, actor, reason, now);
  }

  private void decide(VariationStatus outcome, String actor, String reason, Instant now) {
    if (status != VariationStatus.REQUESTED) {
      throw new IllegalStateException(
          "Variation " + id + " of kind " + kind + " is already " + status + ": it cannot be " + outcome);
    }
    if (reason != null && reason.strip().length() > MAX_REASON) {
      throw new IllegalArgumentException("A reason is at most " + MAX_REASON + " characters");
    }
    this.decidedBy = requireText(actor, "A decision on a variation needs its decision-maker");
    this.decidedAt = Objects.requireNonNull(now, "now");
    this.decisionReason = reason == null ? null : reason.strip();
    this.status = outcome;
  }

  private static Money requirePositive(Money amount) {
    if (amount == null || !amount.isPositive()) {
      throw new IllegalArgumentException("A variation moves a positive amount, not " + amount);
    }
    return amount;
  }

  private static String requireCategory(String category) {
    if (category == null || category.isBlank() || category.strip().length() > 64) {
      throw new IllegalArgumentException("A category move needs cost categories of at most 64 characters");
    }
    return category.strip();
  }

  private static String requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    if (text.strip().length() > MAX_REASON) {
      throw new IllegalArgumentException(message + " (at most " + MAX_REASON + " characters)");
    }
    return text.strip();
  }

  public Long getId() {
    return id;
  }

  public Bid getBid() {
    return bid;
  }

  public VariationKind getKind() {
    return kind;
  }

  /** The year a REPROFILE moves money out of; null for other kinds. */
  public FinancialYear getFromYear() {
    return fromYear == null ? null : new FinancialYear(fromYear);
  }

  public FinancialYear getToYear() {
    return toYear == null ? null : new FinancialYear(toYear);
  }

  public String getFromCategory() {
    return fromCategory;
  }

  public String getToCategory() {
    return toCategory;
  }

  public Money getAmount() {
    return amount;
  }

  public LocalDate getNewSpendBy() {
    return newSpendBy;
  }

  public String getReason() {
    return reason;
  }

  public VariationStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public long getVersion() {
    return version;
  }
}
