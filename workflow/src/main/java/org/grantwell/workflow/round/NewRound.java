package org.grantwell.workflow.round;

import java.time.LocalDate;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.shared.Money;

/** What a funder's officer gives to open a round. */
public record NewRound(
    String reference,
    String name,
    String programmeCode,
    ApplicationWindow window,
    Money pot,
    Money minBid,
    Money maxBid,
    LocalDate spendStart,
    LocalDate spendBy,
    RoundRuleSet rules,
    String funderIdentifier,
    org.grantwell.db.allocation.AllocationBasis allocationBasis,
    Money ringFencedPot) implements java.io.Serializable {

  /** A round funded by the named organisation (a PCC office's own round), with no formula. */
  public NewRound(
      String reference,
      String name,
      String programmeCode,
      ApplicationWindow window,
      Money pot,
      Money minBid,
      Money maxBid,
      LocalDate spendStart,
      LocalDate spendBy,
      RoundRuleSet rules,
      String funderIdentifier) {
    this(reference, name, programmeCode, window, pot, minBid, maxBid, spendStart, spendBy, rules, funderIdentifier, null, null);
  }

  /** A round funded by the programme's own funder. */
  public NewRound(
      String reference,
      String name,
      String programmeCode,
      ApplicationWindow window,
      Money pot,
      Money minBid,
      Money maxBid,
      LocalDate spendStart,
      LocalDate spendBy,
      RoundRuleSet rules) {
    this(reference, name, programmeCode, window, pot, minBid, maxBid, spendStart, spendBy, rules, null);
  }
}
