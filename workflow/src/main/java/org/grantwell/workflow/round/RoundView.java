package org.grantwell.workflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import org.grantwell.db.round.FundingRound;

/** A round as the pages and the API see it. */
public record RoundView(
    long id,
    String reference,
    String name,
    String programmeCode,
    String programmeName,
    String funderName,
    Instant opensAt,
    Instant closesAt,
    BigDecimal pot,
    BigDecimal minBid,
    BigDecimal maxBid,
    LocalDate spendStart,
    LocalDate spendBy,
    Instant windowClosedAt) {

  static RoundView of(FundingRound round) {
    return new RoundView(
        round.getId(),
        round.getReference(),
        round.getName(),
        round.getProgramme().getCode(),
        round.getProgramme().getName(),
        round.getFunder().getName(),
        round.getOpensAt(),
        round.getClosesAt(),
        round.getPot().amount(),
        round.getMinBid().amount(),
        round.getMaxBid().amount(),
        round.getSpendStart(),
        round.getSpendBy(),
        round.getWindowClosedAt());
  }
}
