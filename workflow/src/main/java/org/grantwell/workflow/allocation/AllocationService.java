package org.grantwell.workflow.allocation;

import static org.grantwell.db.shared.MoneyFormat.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.allocation.Allocation;
import org.grantwell.db.allocation.AllocationBasis;
import org.grantwell.db.allocation.AllocationFormula;
import org.grantwell.db.allocation.AllocationRepository;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * Shares a formula round's pot among the PCC offices when the round opens: by population share,
 * or by the round's needs indicator when the round says so; the ring-fenced ISVA/IDVA pot is shared
 * the same way and kept apart. Each share is an allocation and an {@code ALLOCATION} ledger entry;
 * the shares add up to the pot to the penny.
 */
@ApplicationScoped
@Transactional
public class AllocationService {

  @Inject private AllocationRepository allocations;
  @Inject private ForceAreaRepository areas;
  @Inject private OrganisationRepository organisations;
  @Inject private LedgerService ledger;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public List<Allocation> allocate(FundingRound round, String actor) {
    AllocationBasis basis = round.getAllocationBasis() == null ? AllocationBasis.POPULATION : round.getAllocationBasis();
    Money ringFenced = round.getRingFencedPot() == null ? Money.ZERO : round.getRingFencedPot();
    if (ringFenced.isGreaterThan(round.getPot())) {
      throw new InvalidInputException("RING_FENCE_EXCEEDS_POT", "ringFencedPot",
          "The ring-fenced pot " + format(ringFenced) + " is more than the round's pot " + format(round.getPot()));
    }
    Map<ForceArea, Organisation> offices = new LinkedHashMap<>();
    Map<ForceArea, BigDecimal> weights = new LinkedHashMap<>();
    for (ForceArea area : areas.findAll()) {
      organisations.findPccOffice(area.getCode()).ifPresent(office -> {
        offices.put(area, office);
        weights.put(area, weight(round, basis, area));
      });
    }
    Map<ForceArea, Money> core = AllocationFormula.share(round.getPot().minus(ringFenced), weights);
    Map<ForceArea, Money> ring = ringFenced.isPositive() ? AllocationFormula.share(ringFenced, weights) : Map.of();
    java.util.ArrayList<Allocation> made = new java.util.ArrayList<>();
    for (Map.Entry<ForceArea, Organisation> entry : offices.entrySet()) {
      ForceArea area = entry.getKey();
      Allocation allocation = allocations.add(new Allocation(round, entry.getValue(), area, basis,
          core.get(area), ring.getOrDefault(area, Money.ZERO), clock.instant()));
      if (allocation.total().isPositive()) {
        ledger.recordAllocation(round.getId(), area.getId(), entry.getValue().getId(), allocation.total(),
            "Allocation to " + entry.getValue().getName() + " by " + basis.name().toLowerCase(java.util.Locale.ROOT) + " share",
            actor, "round:" + round.getReference() + ":allocation:" + area.getCode());
      }
      made.add(allocation);
    }
    audit.record(actor, "ROUND", round.getReference(), "ALLOCATED", null,
        Map.of("basis", basis.name(), "offices", made.size(), "ringFenced", ringFenced.toString()));
    return made;
  }

  private static BigDecimal weight(FundingRound round, AllocationBasis basis, ForceArea area) {
    if (basis == AllocationBasis.POPULATION) {
      return BigDecimal.valueOf(area.getPopulation());
    }
    BigDecimal need = round.needsIndicators().get(area.getId());
    if (need == null) {
      throw new InvalidInputException("NEEDS_INDICATOR_MISSING", "needsIndicators",
          "Round " + round.getReference() + " is allocated by need but has no needs indicator for " + area.getName());
    }
    return need;
  }
}
