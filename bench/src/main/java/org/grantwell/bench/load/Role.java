package org.grantwell.bench.load;

import java.util.Set;

/** The roles of the load mix, and the application roles (security groups) that make a user one. */
public enum Role {
  BIDDER(Set.of("pcc-bidder")),
  ASSESSOR(Set.of("assessor")),
  FINANCE(Set.of("national-finance", "finance-lead", "grant-officer")),
  PANEL(Set.of("panel"));

  private final Set<String> groups;

  Role(Set<String> groups) {
    this.groups = groups;
  }

  public boolean fits(Set<String> roles) {
    return roles.stream().anyMatch(groups::contains);
  }

  /**
   * How many of n virtual users play each role: about half bidders, 30% assessors, the rest
   * finance leads and officers (with a panel member among them from 10 users up). Below 4 users
   * every user plays every role in turn, so that each operation is measured.
   */
  public static int[] mix(int users) {
    if (users < 4) {
      return new int[] {users, users, users, users};
    }
    int bidders = (int) Math.round(users * 0.5);
    int assessors = (int) Math.round(users * 0.3);
    int panel = users >= 10 ? Math.max(1, (int) Math.round(users * 0.05)) : 0;
    int finance = users - bidders - assessors - panel;
    return new int[] {bidders, assessors, finance, panel};
  }
}
