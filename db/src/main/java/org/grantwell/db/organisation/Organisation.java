package org.grantwell.db.organisation;

import jakarta.persistence.Cacheable;
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
import java.util.Objects;
import org.grantwell.db.area.ForceArea;

/**
 * A body that bids, funds or delivers: a PCC office (one per force area), a funder, a local
 * authority, British Transport Police or a provider. The 360Giving org-id, where one is known, is
 * its business key.
 */
@Cacheable // reference data: the application never changes an organisation once made
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByIdentifier", query = "SELECT o FROM Organisation o WHERE o.orgIdentifier = :identifier")
@NamedQuery(name = "Organisation.findByName", query = "SELECT o FROM Organisation o WHERE o.name = :name")
@NamedQuery(
    name = "Organisation.findPccOffice",
    query = "SELECT o FROM Organisation o WHERE o.type = org.grantwell.db.organisation.OrganisationType.PCC_OFFICE AND o.forceArea.code = :areaCode")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false)
  private OrganisationType type;

  @Column(name = "org_identifier", unique = true)
  private String orgIdentifier;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "force_area_id")
  private ForceArea forceArea;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, OrganisationType type, String orgIdentifier, ForceArea forceArea) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a name");
    }
    this.name = name.strip();
    this.type = Objects.requireNonNull(type, "type");
    this.orgIdentifier = orgIdentifier;
    this.forceArea = forceArea;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public OrganisationType getType() {
    return type;
  }

  public String getOrgIdentifier() {
    return orgIdentifier;
  }

  public ForceArea getForceArea() {
    return forceArea;
  }

  public long getVersion() {
    return version;
  }
}
