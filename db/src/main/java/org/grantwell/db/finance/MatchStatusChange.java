package org.grantwell.db.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.grantwell.db.bid.rules.MatchStatus;

/**
 * One immutable record that a bid's match contribution (by bid id and position) moved forward to
 * CONFIRMED or RECEIVED, with the evidence. Never updated (the table refuses it); the newest change
 * is the contribution's current status. Status only moves forward: the constructor refuses a change
 * that does not ({@link #isForward}), and the table's CHECK holds the same.
 */
@Entity
@Table(name = "match_status_change")
public class MatchStatusChange {

  public static final int MAX_EVIDENCE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_status_change_seq")
  @SequenceGenerator(
      name = "match_status_change_seq",
      sequenceName = "match_status_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "bid_id", nullable = false, updatable = false)
  private Long bidId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false)
  private MatchStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private MatchStatus toStatus;

  @Column(nullable = false, updatable = false)
  private String evidence;

  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected MatchStatusChange() {}

  /**
   * @throws IllegalArgumentException when the status does not move forward, or the evidence or
   *     actor is missing or the evidence too long
   */
  public MatchStatusChange(
      long bidId,
      int position,
      MatchStatus from,
      MatchStatus to,
      String evidence,
      String actor,
      Instant now) {
    if (!isForward(from, to)) {
      throw new IllegalArgumentException("A match contribution cannot go from " + from + " to " + to);
    }
    if (evidence == null || evidence.isBlank() || evidence.strip().length() > MAX_EVIDENCE) {
      throw new IllegalArgumentException("A status change needs evidence of at most " + MAX_EVIDENCE + " characters");
    }
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("A status change needs the person recording it");
    }
    this.bidId = bidId;
    this.position = position;
    this.fromStatus = from;
    this.toStatus = to;
    this.evidence = evidence.strip();
    this.changedBy = actor.strip();
    this.changedAt = Objects.requireNonNull(now, "now");
  }

  /** True when {@code to} is later than {@code from} in PLEDGED, CONFIRMED, RECEIVED. */
  public static boolean isForward(MatchStatus from, MatchStatus to) {
    return from != null && to != null && to.compareTo(from) > 0;
  }

  public Long getId() {
    return id;
  }

  public Long getBidId() {
    return bidId;
  }

  public int getPosition() {
    return position;
  }

  public MatchStatus getFromStatus() {
    return fromStatus;
  }

  public MatchStatus getToStatus() {
    return toStatus;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
