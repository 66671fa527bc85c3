package org.grantwell.db.programme;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.grantwell.db.organisation.Organisation;

/** A national funding programme (Safer Streets Fund, victims' core grant, ...): reference data. */
@Entity
@Cacheable
@Table(name = "funding_programme")
@NamedQuery(name = "FundingProgramme.findAll", query = "SELECT p FROM FundingProgramme p ORDER BY p.id")
@NamedQuery(name = "FundingProgramme.findByCode", query = "SELECT p FROM FundingProgramme p WHERE p.code = :code")
public class FundingProgramme {

  @Id private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funder_id")
  private Organisation funder;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgrammeKind kind;

  protected FundingProgramme() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Organisation getFunder() {
    return funder;
  }

  public ProgrammeKind getKind() {
    return kind;
  }
}
