package org.grantwell.db.area;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One of the 43 police force areas of England and Wales: reference data loaded by a migration,
 * read-only in the application. Its population is the base of per-resident figures.
 */
@Entity
@Cacheable
@Table(name = "force_area")
@NamedQuery(name = "ForceArea.findAll", query = "SELECT a FROM ForceArea a ORDER BY a.name")
@NamedQuery(name = "ForceArea.findByCode", query = "SELECT a FROM ForceArea a WHERE a.code = :code")
public class ForceArea {

  @Id private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String region;

  @Column(name = "commissioner_body", nullable = false)
  private String commissionerBody;

  @Column(nullable = false)
  private long population;

  @Column(name = "da_related_crimes")
  private Long domesticAbuseRelatedCrimes;

  protected ForceArea() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getRegion() {
    return region;
  }

  public String getCommissionerBody() {
    return commissionerBody;
  }

  public long getPopulation() {
    return population;
  }

  public Long getDomesticAbuseRelatedCrimes() {
    return domesticAbuseRelatedCrimes;
  }
}
