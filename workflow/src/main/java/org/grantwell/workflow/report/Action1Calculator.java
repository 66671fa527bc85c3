package org.grantwell.workflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Computes the APCC VAWG Action 1 report ("Funding and finances") from plain facts. Pure: no
 * database, no CDI, no clock; the caller narrows the facts to the chosen funder, programme and
 * period and says which day the report is as of. Every figure carries the references of the
 * records it was computed from. Money stays in {@code Money}; shares are percentages at scale 1,
 * half-even.
 *
 * <p>The figures, by Action 1 success measure:
 *
 * <ul>
 *   <li><b>Sustainable funding</b>: the share of awarded money whose spend window starts and ends
 *       in different financial years (1 April to 31 March); cliff edges, the awards whose spend-by
 *       date is from the as-of date to six calendar months after it with no award to the same
 *       recipient in the same programme spent by a later date.
 *   <li><b>Accessible and transparent processes</b>: per programme the median and the shortest
 *       application window in days, counted on London calendar dates (see {@link
 *       ReportMath#applicationDays}); the rounds whose window is shorter than the minimum; the
 *       median spending window of the awards in days (both ends included); the share of awarded
 *       money with fewer than 183 days (six months) from the London date of the decision to the
 *       spend-by date; the share of rounds asking for match funding and the match funding asked
 *       of the funded bidders, Σ award × the round's match percentage (on the amount awarded, since
 *       the base the funders use is not known); the share of awards published as open data.
 *   <li><b>Reflecting need and fairly distributed</b>: money per 1,000 residents per force area
 *       against the national figure (all money over all residents of the areas given) and against
 *       the needs indicator where one is loaded; the Gini coefficient of money per resident over
 *       the areas (see {@link ReportMath#gini}) and the ratio of the highest to the lowest decile
 *       of areas; areas that bid and got nothing.
 *   <li><b>No duplication</b>: pairs of awards to one recipient from different programmes with
 *       overlapping spend windows and a shared intervention.
 *   <li><b>Outcomes for victims</b>: targets against the actuals of verified returns, per
 *       programme and per area and indicator.
 * </ul>
 */
public final class Action1Calculator {

  /**
   * Eight weeks. No official minimum application window exists: the government grant standards
   * state none (funding-landscape notes, sections 6 and 9), and the observed windows were 6 to 10
   * weeks (Safer Streets 3 six weeks, rounds 1, 2 and 5 about eight, round 4 ten). Action 1 asks
   * for an end to short windows, so the default flags anything shorter than the common eight-week
   * window; rule 13 of the notes puts the number in configuration, hence the constructor
   * parameter.
   */
  public static final int DEFAULT_MINIMUM_WINDOW_DAYS = 56;

  private final int minimumWindowDays;

  public Action1Calculator() {
    this(DEFAULT_MINIMUM_WINDOW_DAYS);
  }

  /**
   * @param minimumWindowDays rounds whose application window is shorter than this many days are
   *     flagged; a window of exactly this length is not
   */
  public Action1Calculator(int minimumWindowDays) {
    if (minimumWindowDays < 1) {
      throw new IllegalArgumentException(
          "The minimum application window must be at least a day: " + minimumWindowDays);
    }
    this.minimumWindowDays = minimumWindowDays;
  }

  public int minimumWindowDays() {
    return minimumWindowDays;
  }

  /**
   * @throws IllegalArgumentException when an award names a round or force area that is not among
   *     the facts
   */
  public Action1Report calculate(Action1Facts facts, LocalDate asOf) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    List<Action1Report.Duplication> duplications = DuplicationFinder.find(facts.awards());
    return new Action1Report(
        asOf,
        SustainabilityFigures.of(facts.awards(), asOf),
        AccessFigures.of(facts.rounds(), facts.awards(), minimumWindowDays),
        FairnessFigures.of(facts.areas(), facts.awards()),
        duplications,
        duplications.size(),
        OutcomeFigures.of(facts.outcomes()));
  }
}
