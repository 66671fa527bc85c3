package org.grantwell.workflow.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.programme.ProgrammeKind;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.db.audit.AuditChange;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationRepository;
import org.grantwell.db.programme.FundingProgramme;
import org.grantwell.db.programme.FundingProgrammeRepository;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.workflow.model.ProcessKeys;
import org.grantwell.workflow.model.ProcessVariables;

/**
 * Opens funding rounds and keeps their windows. Opening a round stores it and starts its {@code
 * roundWindow} process in one transaction: the process's timer records the close at the closing
 * time, so either both exist or neither does.
 */
@ApplicationScoped
@Transactional
public class RoundService {

  @Inject private org.grantwell.workflow.allocation.AllocationService allocations;

  private static final Logger LOG = Logger.getLogger(RoundService.class.getName());

  @Inject private FundingRoundRepository rounds;
  @Inject private FundingProgrammeRepository programmes;
  @Inject private RuntimeService runtimeService;
  @Inject private Clock clock;
  @Inject private ForceAreaRepository areas;
  @Inject private OrganisationRepository organisations;
  @Inject private AuditTrail audit;
  @Inject private LedgerService ledger;

  private Map<Long, String> areaCodes() {
    Map<Long, String> codes = new HashMap<>();
    areas.findAll().forEach(area -> codes.put(area.getId(), area.getCode()));
    return codes;
  }

  public RoundView openRound(String actor, NewRound command) {
    FundingProgramme programme =
        programmes
            .findByCode(command.programmeCode())
            .orElseThrow(() -> new NoSuchElementException("No programme " + command.programmeCode()));
    FundingRound round =
        rounds.store(
            new FundingRound(
                command.reference(),
                command.name(),
                programme,
                funder(command, programme),
                command.window(),
                command.pot(),
                command.minBid(),
                command.maxBid(),
                command.spendStart(),
                command.spendBy()));
    round.configureRules(command.rules());
    if (command.allocationBasis() != null || command.ringFencedPot() != null) {
      round.configureAllocation(command.allocationBasis(), command.ringFencedPot(), java.util.Map.of());
    }
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            ProcessKeys.ROUND_WINDOW,
            round.getReference(),
            Map.of(
                ProcessVariables.ROUND_ID, round.getId(),
                ProcessVariables.CLOSES_AT,
                    round.getClosesAt().truncatedTo(ChronoUnit.SECONDS).toString()));
    round.attachProcess(instance.getId());
    ledger.setPot(round.getId(), round.getPot(), actor, "round:" + round.getReference() + ":pot-set");
    if (programme.getKind() == org.grantwell.db.programme.ProgrammeKind.FORMULA
        && round.getFunder().getType() != org.grantwell.db.organisation.OrganisationType.PCC_OFFICE) {
      allocations.allocate(round, actor);
    }
    audit.record(actor, "ROUND", round.getReference(), "CREATED", null, snapshot(round));
    LOG.info(() -> "Round " + round.getReference() + " opened, process " + instance.getId());
    return RoundView.of(round, areaCodes());
  }

  private static Map<String, Object> snapshot(FundingRound round) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("name", round.getName());
    values.put("programme", round.getProgramme().getCode());
    values.put("funder", round.getFunder().getName());
    values.put("opensAt", round.getOpensAt().toString());
    values.put("closesAt", round.getClosesAt().toString());
    values.put("pot", round.getPot().toString());
    values.put("minBid", round.getMinBid().toString());
    values.put("maxBid", round.getMaxBid().toString());
    values.put("spendStart", round.getSpendStart().toString());
    values.put("spendBy", round.getSpendBy().toString());
    values.put("rules", round.ruleSet().toString());
    return values;
  }

  private Organisation funder(NewRound command, FundingProgramme programme) {
    if (command.funderIdentifier() == null) {
      return programme.getFunder();
    }
    return organisations
        .findByIdentifier(command.funderIdentifier())
        .orElseThrow(() -> new NoSuchElementException("No organisation " + command.funderIdentifier()));
  }

  /**
   * A funder's officer opens a round with its rules. A national funder opens rounds of its own
   * programmes; a PCC office opens local commissioning rounds funded from its victims' allocation.
   */
  public RoundView configure(Caller caller, RoundInput input) {
    Organisation funder = organisations.find(caller.organisationId()).orElseThrow();
    requireRoundAdministrator(caller);
    NewRound round = RoundInputMapper.toNewRound(input, funder.getOrgIdentifier());
    FundingProgramme programme =
        programmes.findByCode(round.programmeCode())
            .orElseThrow(() -> new InvalidInputException("UNKNOWN_PROGRAMME", "programmeCode", "There is no programme " + round.programmeCode()));
    boolean ownProgramme = programme.getFunder().getId().equals(funder.getId());
    boolean localCommissioning =
        funder.getType() == OrganisationType.PCC_OFFICE && programme.getKind() == ProgrammeKind.FORMULA;
    if (!ownProgramme && !localCommissioning && !caller.hasRole(CandidateGroups.ADMIN)) {
      throw new ForbiddenActionException(funder.getName() + " does not fund " + programme.getName());
    }
    if (rounds.findByReference(round.reference()).isPresent()) {
      throw new InvalidInputException("DUPLICATE_REFERENCE", "reference", "There is already a round " + round.reference());
    }
    return openRound(caller.username(), round);
  }

  /** Cuts or raises a round's pot; every bid is checked against the new figure from now on. */
  public RoundView changePot(Caller caller, String reference, RoundInput.Amount amount) {
    FundingRound round = administered(caller, reference);
    Money pot = RoundInputMapper.amount("amount", amount == null ? null : amount.amount());
    Map<String, Object> before = Map.of("pot", round.getPot().toString());
    if (pot.equals(round.getPot())) {
      return RoundView.of(round, areaCodes());
    }
    ledger.setPot(round.getId(), pot, caller.username(), "round:" + reference + ":pot:" + pot + ":v" + round.getVersion());
    round.changePot(pot);
    audit.record(caller.username(), "ROUND", reference, "POT_CHANGED", before, Map.of("pot", pot.toString()));
    return RoundView.of(round, areaCodes());
  }

  /** Sets, changes or (with no amount) removes the envelope of one force area in a round. */
  public RoundView setEnvelope(Caller caller, String reference, String areaCode, RoundInput.Amount amount) {
    FundingRound round = administered(caller, reference);
    ForceArea area = areas.findByCode(areaCode).orElseThrow(() -> new NotFoundException("There is no force area " + areaCode));
    Money envelope = amount == null || amount.amount() == null ? null : RoundInputMapper.amount("amount", amount.amount());
    Money previous = round.areaEnvelope(area);
    round.setAreaEnvelope(area, envelope);
    audit.record(caller.username(), "ROUND", reference, "ENVELOPE_CHANGED",
        Map.of("area", areaCode, "envelope", String.valueOf(previous)), Map.of("area", areaCode, "envelope", String.valueOf(envelope)));
    return RoundView.of(round, areaCodes());
  }

  private FundingRound administered(Caller caller, String reference) {
    FundingRound round = rounds.findByReference(reference).orElseThrow(() -> new NotFoundException("There is no round " + reference));
    requireRoundAdministrator(caller);
    if (!round.getFunder().getId().equals(caller.organisationId()) && !caller.hasRole(CandidateGroups.ADMIN)) {
      throw new ForbiddenActionException("Only " + round.getFunder().getName() + " changes round " + reference);
    }
    return round;
  }

  private static void requireRoundAdministrator(Caller caller) {
    if (!caller.hasRole(CandidateGroups.GRANT_OFFICER) && !caller.hasRole(CandidateGroups.ADMIN)
        && !(caller.hasRole(CandidateGroups.FINANCE_LEAD) && OrganisationType.PCC_OFFICE.name().equals(caller.organisationType()))) {
      throw new ForbiddenActionException("Only a funder's grant officer or administrator configures rounds");
    }
  }

  /** Called by the closing-time timer of the round's process. */
  public void recordWindowClosed(long roundId) {
    FundingRound round =
        rounds.find(roundId).orElseThrow(() -> new NoSuchElementException("No round " + roundId));
    round.recordWindowClosed(clock.instant());
    audit.record(AuditChange.SYSTEM, "ROUND", round.getReference(), "WINDOW_CLOSED", null, Map.of("windowClosedAt", String.valueOf(round.getWindowClosedAt())));
    LOG.info(() -> "Round " + round.getReference() + " window closed");
  }

  public Optional<RoundView> findByReference(String reference) {
    return rounds.findByReference(reference).map(r -> RoundView.of(r, areaCodes()));
  }

  public List<RoundView> openRounds() {
    return rounds.findOpenAt(clock.instant()).stream().map(r -> RoundView.of(r, areaCodes())).toList();
  }

  public List<RoundView> allRounds() {
    return rounds.findAll().stream().map(r -> RoundView.of(r, areaCodes())).toList();
  }
}
