package org.grantwell.db.bid;

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
import java.time.Instant;
import org.grantwell.db.shared.Money;

/**
 * An immutable snapshot of a bid as it was sent on (for sign-off, to the funder): numbered 1, 2, ...
 * per bid, never changed (no setters, columns not updatable); a re-scoped bid gets a new version.
 */
@Entity
@Table(name = "bid_version")
@NamedQuery(name = "BidVersion.findByBid", query = "SELECT v FROM BidVersion v WHERE v.bid = :bid ORDER BY v.versionNumber")
@NamedQuery(name = "BidVersion.latestNumber", query = "SELECT MAX(v.versionNumber) FROM BidVersion v WHERE v.bid = :bid")
public class BidVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bid_version_seq")
  @SequenceGenerator(name = "bid_version_seq", sequenceName = "bid_version_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bid_id", updatable = false)
  private Bid bid;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "grant_requested", nullable = false, updatable = false)
  private Money grantRequested;

  @Column(nullable = false, updatable = false)
  private String snapshot;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected BidVersion() {}

  public BidVersion(Bid bid, int versionNumber, String reason, Money grantRequested, String snapshot, String createdBy, Instant createdAt) {
    this.bid = bid;
    this.versionNumber = versionNumber;
    this.reason = reason;
    this.grantRequested = grantRequested;
    this.snapshot = snapshot;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getReason() {
    return reason;
  }

  public Money getGrantRequested() {
    return grantRequested;
  }

  public String getSnapshot() {
    return snapshot;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
