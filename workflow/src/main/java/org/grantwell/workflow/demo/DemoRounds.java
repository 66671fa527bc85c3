package org.grantwell.workflow.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grantwell.db.allocation.AllocationBasis;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.round.AssessmentCriterion;
import org.grantwell.db.round.RoundRuleSet;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.round.NewRound;

/**
 * The demo rounds, open today: a Safer Streets round with round 4's rules (two years, at most
 * £500,000 in the first and £250,000 in the second, 50% match for PCC, LA and BTP leads, three bids
 * per area), the victims' core grant, and Avon and Somerset's own commissioning round for providers.
 */
public final class DemoRounds {

  static final String SAFER_STREETS = "SSF-R6-DEMO";
  static final String AVON_LOCAL = "AVON-VS-DEMO";
  static final String DELIVERY = "SSF-DELIVERY-DEMO";

  private DemoRounds() {}

  static String victimsReference(FinancialYear firstYear) {
    return "VCORE-" + firstYear.startYear() + "-DEMO";
  }

  static List<NewRound> all(LocalDate today) {
    FinancialYear first = FinancialYear.containing(today).next();
    return List.of(saferStreets(today, first), victims(today, first), avonLocal(today, first), delivery(today));
  }

  /** The two financial quarters before the current one: spent already, so returns fall due at once. */
  static List<FinancialQuarter> deliveryQuarters(LocalDate today) {
    FinancialQuarter first = FinancialQuarter.containing(today.minusMonths(6));
    return List.of(first, first.next());
  }

  /**
   * A Safer Streets round with round 4's rules whose two spending quarters have already ended,
   * so that the demo shows bids in delivery (returns due, claims paid) and closed. Its window is
   * still open only so that the demo bids can be submitted through the process.
   */
  private static NewRound delivery(LocalDate today) {
    List<FinancialQuarter> quarters = deliveryQuarters(today);
    Map<FinancialYear, Money> caps = new java.util.HashMap<>();
    quarters.forEach(q -> caps.put(q.year(), Money.ofPounds(500_000)));
    RoundRuleSet r6 = saferStreets(today, FinancialYear.containing(today).next()).rules();
    RoundRuleSet rules = new RoundRuleSet(Set.of(OrganisationType.PCC_OFFICE), caps, 3, r6.matchPercent(), r6.matchBase(),
        r6.matchInKindCounts(), r6.matchLeadTypes(), r6.maxCapitalPercent(), r6.costCategories(), r6.criteria(),
        r6.passMark(), r6.moderationThreshold());
    return new NewRound(
        DELIVERY,
        "Safer Streets Fund round 5 (demo, in delivery)",
        "SSF",
        window(today.minusDays(60), today.plusDays(14)),
        Money.ofPounds(5_000_000),
        Money.ofPounds(50_000),
        Money.ofPounds(750_000),
        quarters.get(0).firstDay(),
        quarters.get(1).lastDay(),
        rules);
  }

  private static NewRound saferStreets(LocalDate today, FinancialYear first) {
    RoundRuleSet rules =
        new RoundRuleSet(
            Set.of(OrganisationType.PCC_OFFICE, OrganisationType.LOCAL_AUTHORITY,
                OrganisationType.BRITISH_TRANSPORT_POLICE, OrganisationType.PROVIDER),
            Map.of(first, Money.ofPounds(500_000), first.next(), Money.ofPounds(250_000)),
            3,
            new BigDecimal("50"),
            MatchBase.GRANT_REQUESTED,
            true,
            Set.of(OrganisationType.PCC_OFFICE, OrganisationType.LOCAL_AUTHORITY, OrganisationType.BRITISH_TRANSPORT_POLICE),
            new BigDecimal("70"),
            Set.of("STAFF", "EQUIPMENT", "CAPITAL_WORKS", "TRAINING", "COMMUNICATIONS", "EVALUATION", "COMMISSIONED_SERVICES"),
            criteria(),
            new BigDecimal("60"),
            new BigDecimal("15"));
    return new NewRound(
        SAFER_STREETS,
        "Safer Streets Fund round 6 (demo)",
        "SSF",
        window(today.minusDays(14), today.plusWeeks(8)),
        Money.ofPounds(25_000_000),
        Money.ofPounds(50_000),
        Money.ofPounds(750_000),
        first.firstDay(),
        first.next().quarter(2).lastDay(),
        rules);
  }

  private static NewRound victims(LocalDate today, FinancialYear first) {
    FinancialYear last = first.next().next();
    RoundRuleSet rules =
        new RoundRuleSet(
            Set.of(OrganisationType.PCC_OFFICE),
            Map.of(),
            1,
            BigDecimal.ZERO,
            MatchBase.GRANT_REQUESTED,
            true,
            Set.of(),
            null,
            Set.of("VICTIM_SERVICES", "ISVA_IDVA", "DOMESTIC_AND_SEXUAL_ABUSE_SERVICES", "COMMISSIONING_COSTS"),
            List.of(),
            null,
            null);
    return new NewRound(
        victimsReference(first),
        "Victims' core grant " + first.label() + " to " + last.label() + " (demo)",
        "VCORE",
        window(today.minusDays(7), today.plusWeeks(10)),
        Money.ofPounds(147_000_000),
        Money.ZERO,
        Money.ofPounds(20_000_000),
        first.firstDay(),
        last.lastDay(),
        rules,
        null,
        AllocationBasis.POPULATION,
        Money.ofPounds(40_000_000));
  }

  private static NewRound avonLocal(LocalDate today, FinancialYear first) {
    RoundRuleSet rules =
        new RoundRuleSet(
            Set.of(OrganisationType.PROVIDER),
            Map.of(),
            null,
            BigDecimal.ZERO,
            MatchBase.GRANT_REQUESTED,
            true,
            Set.of(),
            new BigDecimal("10"),
            Set.of("STAFF", "VICTIM_SERVICES", "TRAINING", "EVALUATION"),
            criteria(),
            new BigDecimal("60"),
            new BigDecimal("15"));
    return new NewRound(
        AVON_LOCAL,
        "Avon and Somerset victims' services " + first.label() + " to " + first.next().label() + " (demo)",
        "VCORE",
        window(today.minusDays(3), today.plusWeeks(12)),
        Money.ofPounds(1_200_000),
        Money.ofPounds(10_000),
        Money.ofPounds(300_000),
        first.firstDay(),
        first.next().lastDay(),
        rules,
        "360G-grantwell-pcc-avon-and-somerset");
  }

  /** The assessment criteria of the demo's (and the benchmark's) Safer Streets rounds. */
  public static List<AssessmentCriterion> criteria() {
    return List.of(
        new AssessmentCriterion("NEED", "Evidence of need",
            "How well does the bid show the problem in the defined area, with local data?", new BigDecimal("30"), 5),
        new AssessmentCriterion("APPROACH", "Approach and interventions",
            "Are the interventions proven to work for this problem, and is the plan realistic?", new BigDecimal("30"), 5),
        new AssessmentCriterion("DELIVERY", "Deliverability and value for money",
            "Can the bidder spend the money well within the spending window?", new BigDecimal("20"), 5),
        new AssessmentCriterion("OUTCOMES", "Outcomes for victims and evaluation",
            "Are the outcome targets measurable, and will the bidder evaluate them?", new BigDecimal("20"), 5));
  }

  private static ApplicationWindow window(LocalDate opens, LocalDate closes) {
    return ApplicationWindow.inLondon(opens.atStartOfDay(), LocalDateTime.of(closes, LocalTime.of(23, 59)));
  }
}
