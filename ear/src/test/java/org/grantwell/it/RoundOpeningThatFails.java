package org.grantwell.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.grantwell.workflow.round.RoundService;

/** A use case that opens a round (a JPA write plus a process start) and then fails in the same transaction. */
@ApplicationScoped
public class RoundOpeningThatFails {

  @Inject private RoundService rounds;

  @Transactional
  public void openThenFail(String reference) {
    rounds.openRound("system", TestRounds.saferStreets(reference, Instant.now().plus(30, ChronoUnit.DAYS)));
    throw new IllegalStateException("failure after the round was opened");
  }
}
