package org.grantwell.workflow.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

  private static final Logger LOG = Logger.getLogger(RoundService.class.getName());

  @Inject private FundingRoundRepository rounds;
  @Inject private FundingProgrammeRepository programmes;
  @Inject private RuntimeService runtimeService;
  @Inject private Clock clock;

  public RoundView openRound(NewRound command) {
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
                programme.getFunder(),
                command.window(),
                command.pot(),
                command.minBid(),
                command.maxBid(),
                command.spendStart(),
                command.spendBy()));
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            ProcessKeys.ROUND_WINDOW,
            round.getReference(),
            Map.of(
                ProcessVariables.ROUND_ID, round.getId(),
                ProcessVariables.CLOSES_AT,
                    round.getClosesAt().truncatedTo(ChronoUnit.SECONDS).toString()));
    round.attachProcess(instance.getId());
    LOG.info(() -> "Round " + round.getReference() + " opened, process " + instance.getId());
    return RoundView.of(round);
  }

  /** Called by the closing-time timer of the round's process. */
  public void recordWindowClosed(long roundId) {
    FundingRound round =
        rounds.find(roundId).orElseThrow(() -> new NoSuchElementException("No round " + roundId));
    round.recordWindowClosed(clock.instant());
    LOG.info(() -> "Round " + round.getReference() + " window closed");
  }

  public Optional<RoundView> findByReference(String reference) {
    return rounds.findByReference(reference).map(RoundView::of);
  }

  public List<RoundView> openRounds() {
    return rounds.findOpenAt(clock.instant()).stream().map(RoundView::of).toList();
  }

  public List<RoundView> allRounds() {
    return rounds.findAll().stream().map(RoundView::of).toList();
  }
}
