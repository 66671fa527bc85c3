package org.grantwell.it;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.round.NewRound;

/** Rounds with unique references, so that each test owns its data. */
public final class TestRounds {

  private TestRounds() {}

  public static String uniqueReference(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A Safer Streets round whose window opened a day ago and closes at the given instant. */
  public static NewRound saferStreets(String reference, Instant closesAt) {
    return new NewRound(
        reference,
        "Integration test round " + reference,
        "SSF",
        new ApplicationWindow(closesAt.minus(1, ChronoUnit.DAYS), closesAt),
        Money.ofPounds(1_000_000),
        Money.ofPounds(10_000),
        Money.ofPounds(500_000),
        LocalDate.of(2027, 4, 1),
        LocalDate.of(2028, 3, 31),
        new RoundRuleSet(
            Set.of(OrganisationType.PCC_OFFICE, OrganisationType.LOCAL_AUTHORITY),
            Map.of(),
            3,
            new BigDecimal("50"),
            MatchBase.GRANT_REQUESTED,
            true,
            Set.of(OrganisationType.PCC_OFFICE, OrganisationType.LOCAL_AUTHORITY),
            null,
            Set.of(),
            List.of(),
            null,
            null));
  }
}
