package org.grantwell.workflow.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.programme.FundingProgrammeRepository;

/** Reads the reference data: force areas, programmes and organisations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDataService {

  /** A force area. */
  public record ForceAreaView(
      String code, String name, String region, String commissionerBody, long population, Long domesticAbuseRelatedCrimes) implements java.io.Serializable {}

  /** A funding programme. */
  public record ProgrammeView(String code, String name, String funderName, String kind) implements java.io.Serializable {}

  /** An organisation. */
  public record OrganisationView(long id, String name, String type, String orgIdentifier, String forceAreaCode) implements java.io.Serializable {}

  @Inject private ForceAreaRepository areas;
  @Inject private FundingProgrammeRepository programmes;
  @Inject private OrganisationRepository organisations;

  public List<ForceAreaView> forceAreas() {
    return areas.findAll().stream()
        .map(a -> new ForceAreaView(a.getCode(), a.getName(), a.getRegion(), a.getCommissionerBody(), a.getPopulation(), a.getDomesticAbuseRelatedCrimes()))
        .toList();
  }

  public List<ProgrammeView> programmes() {
    return programmes.findAll().stream()
        .map(p -> new ProgrammeView(p.getCode(), p.getName(), p.getFunder().getName(), p.getKind().name()))
        .toList();
  }

  public List<OrganisationView> organisations() {
    return organisations.findAll().stream()
        .map(o -> new OrganisationView(o.getId(), o.getName(), o.getType().name(), o.getOrgIdentifier(), o.getForceArea() == null ? null : o.getForceArea().getCode()))
        .toList();
  }
}
