package org.grantwell.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.shared.FinancialYear;
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

  /**
   * A Safer Streets round as the API takes it (POST api/rounds): opened yesterday, closing at the
   * given London time, spending in year {@code y1}.
   */
  public static JsonObject saferStreetsJson(String reference, LocalDateTime closesAt, FinancialYear y1) {
    LocalDate today = LocalDate.now(FinancialYear.LONDON);
    return Json.createObjectBuilder()
        .add("reference", reference).add("name", "Test round " + reference).add("programmeCode", "SSF")
        .add("opensAt", today.minusDays(1) + "T00:00").add("closesAt", closesAt.truncatedTo(ChronoUnit.MINUTES).toString())
        .add("pot", 1_000_000).add("minBid", 10_000).add("maxBid", 500_000)
        .add("spendStart", y1.firstDay().toString()).add("spendBy", y1.lastDay().toString())
        .add("rules", Json.createObjectBuilder()
            .add("eligibleLeadTypes", Json.createArrayBuilder().add("PCC_OFFICE").add("LOCAL_AUTHORITY"))
            .add("yearCaps", Json.createObjectBuilder().add(y1.label(), 500_000))
            .add("matchPercent", 50).add("matchBase", "GRANT_REQUESTED").add("matchInKindCounts", true)
            .add("matchLeadTypes", Json.createArrayBuilder().add("PCC_OFFICE").add("LOCAL_AUTHORITY"))
            .add("costCategories", Json.createArrayBuilder().add("EQUIPMENT").add("STAFF"))
            .add("criteria", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "NEED").add("title", "Need").add("guidance", "Evidence of need").add("weight", 60).add("scaleMax", 5))
                .add(Json.createObjectBuilder().add("code", "PLAN").add("title", "Plan").add("guidance", "Realistic plan").add("weight", 40).add("scaleMax", 5)))
            .add("passMark", 60).add("moderationThreshold", 15))
        .build();
  }
}
