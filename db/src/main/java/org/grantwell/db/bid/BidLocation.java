package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place the bid's work happens: the local authority and the defined local area. */
@Embeddable
public class BidLocation {

  @Column(name = "local_authority", nullable = false)
  private String localAuthority;

  @Column(nullable = false)
  private String description;

  protected BidLocation() {}

  public BidLocation(String localAuthority, String description) {
    this.localAuthority = localAuthority;
    this.description = description;
  }

  public String getLocalAuthority() {
    return localAuthority;
  }

  public String getDescription() {
    return description;
  }
}
