package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;

/**
 * The APCC VAWG Action 1 figures for one scope, each with the references (bid, round or force area)
 * of the records it was computed from, so that a page can show them one click away. Percentages
 * are at scale 1; see {@link Action1Calculator} for how each figure is defined.
 */
public record Action1Report(
    LocalDate asOf,
    Sustainability sustainability,
    Access access,
    Fairness fairness,
    List<Duplication> duplications,
    int duplicationsFound,
    Outcomes outcomes) implements java.io.Serializable {

  /**
   * How many possible duplications a report lists at most ({@code duplicationsFound} counts them
   * all): pairs grow with the square of a recipient's awards, and a national report over five
   * years found 53,846 of them (a 19 MB answer, and a page table as long).
   */
  public static final int DUPLICATIONS_LISTED = 200;

  public Action1Report {
    duplications = List.copyOf(duplications.subList(0, Math.min(DUPLICATIONS_LISTED, duplications.size())));
  }

  /** Sustainable funding: multi-year money and the services facing a cliff edge. */
  public record Sustainability(MoneyShare multiYear, List<CliffEdge> cliffEdges) implements java.io.Serializable {
    public Sustainability {
      cliffEdges = List.copyOf(cliffEdges);
    }
  }

  /** An award whose money runs out soon with no later award to carry the service on. */
  public record CliffEdge(
      String bidReference,
      String programmeCode,
      String recipientOrgId,
      String recipientName,
      Money amount,
      LocalDate spendBy,
      long daysLeft) implements java.io.Serializable {}

  /** Accessible and transparent processes. */
  public record Access(
      int minimumWindowDays,
      List<ProgrammeWindows> applicationWindows,
      List<ShortWindow> shortWindows,
      DayMedian spendingWindow,
      MoneyShare shortSpendingTime,
      CountShare matchFundedRounds,
      MoneyTotal matchFundingAsked,
      CountShare openData) implements java.io.Serializable {
    public Access {
      applicationWindows = List.copyOf(applicationWindows);
      shortWindows = List.copyOf(shortWindows);
    }
  }

  /**
   * The application windows of one programme's rounds, in days.
   *
   * @param medianDays at scale 1
   * @param shortestRound the reference of the round with the shortest window (the first by
   *     reference on a tie)
   * @param sources the programme's round references
   */
  public record ProgrammeWindows(
      String programmeCode,
      BigDecimal medianDays,
      long shortestDays,
      String shortestRound,
      List<String> sources) implements java.io.Serializable {
    public ProgrammeWindows {
      sources = List.copyOf(sources);
    }
  }

  /** A round whose application window was shorter than the configured minimum. */
  public record ShortWindow(String roundReference, String programmeCode, long days) implements java.io.Serializable {}

  /**
   * Reflecting need and fairly distributed.
   *
   * @param population the residents of all the areas given
   * @param nationalPerThousand all the money per 1,000 of those residents, half-even to the penny;
   *     null when no areas are given
   */
  public record Fairness(
      MoneyTotal awarded,
      long population,
      Money nationalPerThousand,
      List<AreaFunding> areas,
      Spread spread,
      List<String> areasBidNothing) implements java.io.Serializable {
    public Fairness {
      areas = List.copyOf(areas);
      areasBidNothing = List.copyOf(areasBidNothing);
    }
  }

  /**
   * One area's money against its residents and its need.
   *
   * @param perThousand money per 1,000 residents, rounded half-even to the penny
   * @param nationalIndex the area's money per resident as a percentage of the national figure
   *     (100.0 = the same), from unrounded figures; null when nothing was awarded anywhere
   * @param needsIndicator as loaded, or null
   * @param needIndex the area's share of the money given to areas with a needs indicator, as a
   *     percentage of its share of their need (100.0 = funded exactly in proportion to need); null
   *     where no indicator is loaded or those areas got nothing
   * @param sources the area's award references
   */
  public record AreaFunding(
      String code,
      String name,
      long population,
      Money awarded,
      Money perThousand,
      BigDecimal nationalIndex,
      BigDecimal needsIndicator,
      BigDecimal needIndex,
      List<String> sources) implements java.io.Serializable {
    public AreaFunding {
      sources = List.copyOf(sources);
    }
  }

  /**
   * The spread of money per resident between areas.
   *
   * @param gini the Gini coefficient at scale 4 (0 = every area gets the same per resident); null
   *     when no money was awarded
   * @param decileRatio money per resident in the highest decile of areas over that in the lowest,
   *     at scale 2; null when the lowest decile got nothing or there are fewer than two areas
   * @param highestDecile the area codes of the highest decile, most per resident first
   * @param lowestDecile the area codes of the lowest decile, least per resident first
   * @param sources every area code the spread was computed over
   */
  public record Spread(
      BigDecimal gini,
      BigDecimal decileRatio,
      List<String> highestDecile,
      List<String> lowestDecile,
      List<String> sources) implements java.io.Serializable {
    public Spread {
      highestDecile = List.copyOf(highestDecile);
      lowestDecile = List.copyOf(lowestDecile);
      sources = List.copyOf(sources);
    }
  }

  /**
   * Two awards that may fund the same service twice: same recipient, different programmes,
   * overlapping spend windows and at least one intervention in common. {@code first} sorts before
   * {@code second} by bid reference.
   */
  public record Duplication(
      String firstBidReference,
      String firstProgrammeCode,
      String secondBidReference,
      String secondProgrammeCode,
      String recipientOrgId,
      String recipientName,
      LocalDate overlapFrom,
      LocalDate overlapTo,
      List<String> sharedInterventions) implements java.io.Serializable {
    public Duplication {
      sharedInterventions = List.copyOf(sharedInterventions);
    }

    public List<String> sources() {
      return List.of(firstBidReference, secondBidReference);
    }
  }

  /** Outcomes for victims, by programme and by force area. */
  public record Outcomes(List<OutcomeTotal> byProgramme, List<OutcomeTotal> byArea) implements java.io.Serializable {
    public Outcomes {
      byProgramme = List.copyOf(byProgramme);
      byArea = List.copyOf(byArea);
    }
  }

  /**
   * One indicator's targets and actuals within a group (a programme code or a force area code).
   *
   * @param target the sum of all the targets
   * @param reportedTarget the sum of the targets of the bids that have reported
   * @param actual the sum of the reported actuals
   * @param achievedPercent {@code actual / reportedTarget × 100} at scale 1; null when nothing is
   *     reported yet or the reported targets sum to zero
   * @param reported the bid references that have reported
   * @param notYetReported the bid references that have not
   */
  public record OutcomeTotal(
      String group,
      String indicator,
      BigDecimal target,
      BigDecimal reportedTarget,
      BigDecimal actual,
      BigDecimal achievedPercent,
      List<String> reported,
      List<String> notYetReported) implements java.io.Serializable {
    public OutcomeTotal {
      reported = List.copyOf(reported);
      notYetReported = List.copyOf(notYetReported);
    }
  }
}
