package org.grantwell.db.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * One movement of a round's money, never changed or removed: no setters, no updatable column, and
 * the database refuses UPDATE and DELETE on the table (migration V11_1), so a correction is a new
 * entry. Invariants checked here and again by the table's CHECKs: the amount's sign fits the type
 * ({@link EntryType}), award entries name their bid and pot entries none, a paid claim names its
 * year and quarter, a year move its year. The idempotency key is unique: a retried request finds
 * the entry it wrote instead of writing another.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(
    name = "LedgerEntry.findByIdempotencyKey",
    query = "SELECT e FROM LedgerEntry e WHERE e.idempotencyKey = :key")
@NamedQuery(
    name = "LedgerEntry.findByRound",
    query = "SELECT e FROM LedgerEntry e WHERE e.roundId = :roundId ORDER BY e.id")
@NamedQuery(
    name = "LedgerEntry.findByBid",
    query = "SELECT e FROM LedgerEntry e WHERE e.bidId = :bidId ORDER BY e.id")
public class LedgerEntry {

  public static final int MAX_KEY_LENGTH = 128;
  public static final int MAX_REASON_LENGTH = 1000;
  public static final int MAX_ACTOR_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
  @SequenceGenerator(
      name = "ledger_entry_seq",
      sequenceName = "ledger_entry_seq",
      allocationSize = 50)
  @Column(updatable = false)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, updatable = false)
  private EntryType type;

  @Column(name = "funding_round_id", nullable = false, updatable = false)
  private Long roundId;

  @Column(name = "bid_id", updatable = false)
  private Long bidId;

  @Column(name = "organisation_id", updatable = false)
  private Long organisationId;

  @Column(name = "force_area_id", updatable = false)
  private Long forceAreaId;

  @Column(name = "financial_year", updatable = false)
  private Integer financialYear;

  @Column(updatable = false)
  private Integer quarter;

  @Column(name = "cost_category", updatable = false)
  private String costCategory;

  @Column(nullable = false, updatable = false)
  private Money amount;

  @Column(nullable = false, updatable = false, length = MAX_REASON_LENGTH)
  private String reason;

  @Column(name = "idempotency_key", nullable = false, unique = true, updatable = false)
  private String idempotencyKey;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected LedgerEntry() {}

  /**
   * A new entry.
   *
   * @param recipient the award (or, for an allocation, the force area); null for pot entries
   * @param year the financial year the money belongs to, or null
   * @param quarter 1 to 4 within {@code year}, or null
   * @param costCategory the budget category, or null
   * @throws IllegalArgumentException when the entry breaks one of the invariants above
   */
  public LedgerEntry(
      EntryType type,
      long roundId,
      Recipient recipient,
      FinancialYear year,
      Integer quarter,
      String costCategory,
      Money amount,
      String reason,
      String idempotencyKey,
      String createdBy,
      Instant createdAt) {
    this.type = Objects.requireNonNull(type, "type");
    this.roundId = roundId;
    this.amount = Objects.requireNonNull(amount, "amount");
    if (!type.allows(amount)) {
      throw new IllegalArgumentException(
          "A " + type + " entry's amount is " + type.signRule() + ", not " + amount);
    }
    takeRecipient(recipient);
    takePeriod(year, quarter);
    this.costCategory = costCategory;
    this.reason = requireText(reason, "reason", MAX_REASON_LENGTH);
    this.idempotencyKey = requireText(idempotencyKey, "idempotency key", MAX_KEY_LENGTH);
    this.createdBy = requireText(createdBy, "author", MAX_ACTOR_LENGTH);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  private void takeRecipient(Recipient recipient) {
    Long bid = recipient == null ? null : recipient.bidId();
    if (type.isAward() != (bid != null)) {
      throw new IllegalArgumentException(
          type.isAward()
              ? "A " + type + " entry names its award's bid"
              : "A " + type + " entry names no bid");
    }
    if (type == EntryType.ALLOCATION && (recipient == null || recipient.forceAreaId() == null)) {
      throw new IllegalArgumentException("An allocation names its force area");
    }
    if (recipient != null) {
      bidId = bid;
      organisationId = recipient.organisationId();
      forceAreaId = recipient.forceAreaId();
    }
  }

  private void takePeriod(FinancialYear year, Integer quarter) {
    if (quarter != null) {
      new FinancialQuarter(year, quarter); // checks 1-4 and that the year is there
    }
    if (type == EntryType.CLAIM_PAID && quarter == null) {
      throw new IllegalArgumentException("A paid claim names its financial year and quarter");
    }
    if (type == EntryType.VARIATION_MOVED && year == null) {
      throw new IllegalArgumentException("A year move names its financial year");
    }
    this.financialYear = year == null ? null : year.startYear();
    this.quarter = quarter;
  }

  private static String requireText(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A ledger entry needs a " + what);
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          "A ledger entry's " + what + " is at most " + maxLength + " characters");
    }
    return value;
  }

  /** The change this entry makes to its round's and award's balances. */
  public Figures effect() {
    return Figures.of(type, amount);
  }

  public Long getId() {
    return id;
  }

  public EntryType getType() {
    return type;
  }

  public long getRoundId() {
    return roundId;
  }

  public Long getBidId() {
    return bidId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public Long getForceAreaId() {
    return forceAreaId;
  }

  /** The financial year the money belongs to, or null. */
  public FinancialYear getFinancialYear() {
    return financialYear == null ? null : new FinancialYear(financialYear);
  }

  public Integer getQuarter() {
    return quarter;
  }

  public String getCostCategory() {
    return costCategory;
  }

  public Money getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Entries are equal when their idempotency keys are, which is unique in the table. */
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof LedgerEntry other
            && idempotencyKey != null
            && idempotencyKey.equals(other.idempotencyKey));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(idempotencyKey);
  }

  @Override
  public String toString() {
    return "LedgerEntry["
        + id
        + " "
        + type
        + " "
        + amount
        + " round "
        + roundId
        + (bidId == null ? "" : " bid " + bidId)
        + "]";
  }
}
