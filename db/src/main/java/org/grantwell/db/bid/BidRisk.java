package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A risk to delivery, how likely and how bad, and what the bidder will do about it. */
@Embeddable
public class BidRisk {

  /** Likelihood and impact ratings. */
  public enum Rating {
    LOW,
    MEDIUM,
    HIGH
  }

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Rating likelihood;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Rating impact;

  @Column(nullable = false)
  private String mitigation;

  protected BidRisk() {}

  public BidRisk(String description, Rating likelihood, Rating impact, String mitigation) {
    this.description = description;
    this.likelihood = likelihood;
    this.impact = impact;
    this.mitigation = mitigation;
  }

  public String getDescription() {
    return description;
  }

  public Rating getLikelihood() {
    return likelihood;
  }

  public Rating getImpact() {
    return impact;
  }

  public String getMitigation() {
    return mitigation;
  }
}
