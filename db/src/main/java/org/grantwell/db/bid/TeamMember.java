package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member of a bid's team and what they may do with it. */
@Embeddable
public class TeamMember {

  /** What a team member may do. */
  public enum Access {
    /** Edit everything. */
    EDIT,
    /** Edit the budget and match funding only. */
    BUDGET,
    /** Only read. */
    READ
  }

  @Column(name = "app_user_id", nullable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Access access;

  protected TeamMember() {}

  public TeamMember(Long userId, Access access) {
    this.userId = userId;
    this.access = access;
  }

  public Long getUserId() {
    return userId;
  }

  public Access getAccess() {
    return access;
  }
}
