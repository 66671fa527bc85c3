package org.grantwell.db.allocation;

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
import java.util.Objects;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.shared.Money;

/**
 * A formula round's allocation to one organisation (one per round and organisation): a core amount
 * and a ring-fenced amount, worked out by {@link AllocationFormula} on the round's basis. The
 * organisation then says how it will spend it in one spending plan, a bid attached once.
 */
@Entity
@Table(name = "allocation")
@NamedQuery(
    name = "Allocation.findByRound",
    query = "SELECT a FROM Allocation a WHERE a.round = :round ORDER BY a.forceArea.name")
@NamedQuery(
    name = "Allocation.findByRoundAndOrganisation",
    query = "SELECT a FROM Allocation a WHERE a.round = :round AND a.organisation = :organisation")
@NamedQuery(
    name = "Allocation.findByOrganisationId",
    query = "SELECT a FROM Allocation a WHERE a.organisation.id = :organisationId")
public class Allocation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_seq")
  @SequenceGenerator(name = "allocation_seq", sequenceName = "allocation_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funding_round_id", updatable = false)
  private FundingRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "force_area_id", updatable = false)
  private ForceArea forceArea;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AllocationBasis basis;

  @Column(name = "core_amount", nullable = false, updatable = false)
  private Money coreAmount;

  @Column(name = "ring_fenced_amount", nullable = false, updatable = false)
  private Money ringFencedAmount;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "spending_plan_bid_id")
  private Bid spendingPlan;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Allocation() {}

  public Allocation(
      FundingRound round,
      Organisation organisation,
      ForceArea forceArea,
      AllocationBasis basis,
      Money coreAmount,
      Money ringFencedAmount,
      Instant now) {
    this.round = Objects.requireNonNull(round, "round");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.forceArea = Objects.requireNonNull(forceArea, "forceArea");
    this.basis = Objects.requireNonNull(basis, "basis");
    if (coreAmount == null || coreAmount.isNegative() || ringFencedAmount == null || ringFencedAmount.isNegative()) {
      throw new IllegalArgumentException("An allocation's core and ring-fenced amounts cannot be negative");
    }
    this.coreAmount = coreAmount;
    this.ringFencedAmount = ringFencedAmount;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The bid that says how the allocation will be spent; attached once. */
  public void attachSpendingPlan(Bid bid) {
    Objects.requireNonNull(bid, "bid");
    if (spendingPlan != null) {
      throw new IllegalStateException("Allocation " + id + " already has its spending plan");
    }
    this.spendingPlan = bid;
  }

  /** Core plus ring-fenced. */
  public Money total() {
    return coreAmount.plus(ringFencedAmount);
  }

  public Long getId() {
    return id;
  }

  public FundingRound getRound() {
    return round;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public ForceArea getForceArea() {
    return forceArea;
  }

  public AllocationBasis getBasis() {
    return basis;
  }

  public Money getCoreAmount() {
    return coreAmount;
  }

  public Money getRingFencedAmount() {
    return ringFencedAmount;
  }

  /** The spending plan bid, or null while none is attached. */
  public Bid getSpendingPlan() {
    return spendingPlan;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
