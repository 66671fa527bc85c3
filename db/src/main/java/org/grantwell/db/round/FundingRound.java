package org.grantwell.db.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.programme.FundingProgramme;
import org.grantwell.db.shared.Money;

/**
 * A round of a funding programme: its pot, application window and spending window. Invariants: the
 * window closes after it opens, spending ends after it starts, the minimum bid is not above the
 * maximum. The round's closing is recorded by the workflow's timer on the closing time.
 */
@Entity
@Table(name = "funding_round")
@NamedQuery(name = "FundingRound.findByReference", query = "SELECT r FROM FundingRound r WHERE r.reference = :reference")
@NamedQuery(name = "FundingRound.findAll", query = "SELECT r FROM FundingRound r ORDER BY r.closesAt DESC")
@NamedQuery(
    name = "FundingRound.findOpenAt",
    query = "SELECT r FROM FundingRound r WHERE r.opensAt <= :now AND r.closesAt > :now ORDER BY r.closesAt")
public class FundingRound {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_round_seq")
  @SequenceGenerator(name = "funding_round_seq", sequenceName = "funding_round_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id")
  private FundingProgramme programme;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funder_id")
  private Organisation funder;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(nullable = false)
  private Money pot;

  @Column(name = "min_bid", nullable = false)
  private Money minBid;

  @Column(name = "max_bid", nullable = false)
  private Money maxBid;

  @Column(name = "spend_start", nullable = false)
  private LocalDate spendStart;

  @Column(name = "spend_by", nullable = false)
  private LocalDate spendBy;

  @Column(name = "window_closed_at")
  private Instant windowClosedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version private long version;

  protected FundingRound() {}

  public FundingRound(
      String reference,
      String name,
      FundingProgramme programme,
      Organisation funder,
      ApplicationWindow window,
      Money pot,
      Money minBid,
      Money maxBid,
      LocalDate spendStart,
      LocalDate spendBy) {
    this.reference = requireText(reference, "reference");
    this.name = requireText(name, "name");
    this.programme = Objects.requireNonNull(programme, "programme");
    this.funder = Objects.requireNonNull(funder, "funder");
    this.opensAt = window.opensAt();
    this.closesAt = window.closesAt();
    if (!pot.isPositive() || minBid.isNegative() || !maxBid.isPositive()) {
      throw new IllegalArgumentException("A round needs a positive pot and maximum bid");
    }
    if (minBid.isGreaterThan(maxBid)) {
      throw new IllegalArgumentException("The minimum bid cannot exceed the maximum bid");
    }
    if (!spendBy.isAfter(spendStart)) {
      throw new IllegalArgumentException("The spend-by date must follow the spending start");
    }
    this.pot = pot;
    this.minBid = minBid;
    this.maxBid = maxBid;
    this.spendStart = spendStart;
    this.spendBy = spendBy;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A round needs a " + what);
    }
    return value.strip();
  }

  /** Whether bids may be submitted at this instant (opens inclusive, closes exclusive). */
  public boolean isOpenAt(Instant now) {
    return window().contains(now);
  }

  public ApplicationWindow window() {
    return new ApplicationWindow(opensAt, closesAt);
  }

  /** Records that the closing-time timer fired; idempotent, so a retried job changes nothing. */
  public void recordWindowClosed(Instant when) {
    if (windowClosedAt == null) {
      windowClosedAt = when;
    }
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getName() {
    return name;
  }

  public FundingProgramme getProgramme() {
    return programme;
  }

  public Organisation getFunder() {
    return funder;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public Money getPot() {
    return pot;
  }

  public Money getMinBid() {
    return minBid;
  }

  public Money getMaxBid() {
    return maxBid;
  }

  public LocalDate getSpendStart() {
    return spendStart;
  }

  public LocalDate getSpendBy() {
    return spendBy;
  }

  public Instant getWindowClosedAt() {
    return windowClosedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public long getVersion() {
    return version;
  }
}
