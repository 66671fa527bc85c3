package org.grantwell.workflow.round;

import java.time.LocalDate;
import org.grantwell.db.round.ApplicationWindow;
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
    LocalDate spendBy) {}
