package org.grantwell.db.assessment;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.grantwell.db.bid.Bid;

/**
 * One assessor's assessment of one bid (one per bid and assessor). It starts OPEN and ends once:
 * CONFLICTED when the assessor declares a conflict of interest (with the reason), or SUBMITTED
 * with a score for each criterion and the weighted score out of 100 ({@link WeightedScores}). A
 * submitted assessment is never changed; moderation happens on the award.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = "Assessment.findByBid",
    query = "SELECT a FROM Assessment a WHERE a.bid = :bid ORDER BY a.id")
@NamedQuery(
    name = "Assessment.findByBidAndAssessor",
    query = "SELECT a FROM Assessment a WHERE a.bid = :bid AND a.assessor = :assessor")
@NamedQuery(
    name = "Assessment.countByAssessorAndStatus",
    query = "SELECT COUNT(a) FROM Assessment a WHERE a.assessor = :assessor AND a.status = :status")
public class Assessment {

  private static final int MAX_CONFLICT_REASON = 1000;
  private static final int MAX_COMMENT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bid_id", updatable = false)
  private Bid bid;

  @Column(nullable = false, updatable = false)
  private String assessor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssessmentStatus status = AssessmentStatus.OPEN;

  @Column(name = "conflict_reason")
  private String conflictReason;

  @Column(name = "weighted_score")
  private BigDecimal weightedScore;

  @Column private String comment;

  @ElementCollection
  @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderBy("criterionCode")
  private List<CriterionScore> scores = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  protected Assessment() {}

  public Assessment(Bid bid, String assessor, Instant now) {
    this.bid = Objects.requireNonNull(bid, "bid");
    if (assessor == null || assessor.isBlank()) {
      throw new IllegalArgumentException("An assessment needs its assessor");
    }
    this.assessor = assessor.strip();
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The assessor cannot assess this bid; someone else must. */
  public void declareConflict(String reason, Instant now) {
    requireOpen("declare a conflict on");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A declared conflict needs its reason");
    }
    this.conflictReason = limit(reason.strip(), MAX_CONFLICT_REASON, "A conflict reason");
    this.status = AssessmentStatus.CONFLICTED;
    this.submittedAt = Objects.requireNonNull(now, "now");
  }

  /**
   * Records the scores (one per criterion) and the weighted score the caller worked out from them
   * with {@link WeightedScores#of}.
   */
  public void submit(List<CriterionScore> scores, BigDecimal weightedScore, String comment, Instant now) {
    requireOpen("submit");
    if (scores == null || scores.isEmpty()) {
      throw new IllegalArgumentException("A submitted assessment needs a score for each criterion");
    }
    Set<String> codes = new HashSet<>();
    for (CriterionScore score : scores) {
      if (!codes.add(score.getCriterionCode())) {
        throw new IllegalArgumentException("Criterion " + score.getCriterionCode() + " is scored twice");
      }
    }
    if (weightedScore == null
        || weightedScore.signum() < 0
        || weightedScore.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("A weighted score runs from 0 to 100, not " + weightedScore);
    }
    List<CriterionScore> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparing(CriterionScore::getCriterionCode));
    this.scores = sorted;
    this.weightedScore = weightedScore.setScale(2, RoundingMode.HALF_EVEN);
    this.comment =
        comment == null || comment.isBlank() ? null : limit(comment.strip(), MAX_COMMENT, "A comment");
    this.status = AssessmentStatus.SUBMITTED;
    this.submittedAt = Objects.requireNonNull(now, "now");
  }

  private void requireOpen(String action) {
    if (status != AssessmentStatus.OPEN) {
      throw new IllegalStateException(
          "Cannot " + action + " the assessment by " + assessor + ": it is " + status + ", not OPEN");
    }
  }

  private static String limit(String text, int max, String what) {
    if (text.length() > max) {
      throw new IllegalArgumentException(what + " is at most " + max + " characters");
    }
    return text;
  }

  public Long getId() {
    return id;
  }

  public Bid getBid() {
    return bid;
  }

  public String getAssessor() {
    return assessor;
  }

  public AssessmentStatus getStatus() {
    return status;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public BigDecimal getWeightedScore() {
    return weightedScore;
  }

  public String getComment() {
    return comment;
  }

  public List<CriterionScore> getScores() {
    return List.copyOf(scores);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** When the assessor submitted the scores or declared the conflict; null while open. */
  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public long getVersion() {
    return version;
  }
}
