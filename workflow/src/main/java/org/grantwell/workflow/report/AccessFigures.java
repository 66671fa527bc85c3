package org.grantwell.workflow.report;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Report.Access;
import org.grantwell.workflow.report.Action1Report.ProgrammeWindows;
import org.grantwell.workflow.report.Action1Report.ShortWindow;

/** Accessible and transparent processes: windows, spending time, match funding, open data. */
final class AccessFigures {

  /** Less than this many days between decision and spend-by counts as short (six months). */
  static final long SHORT_SPENDING_DAYS = 183;

  private AccessFigures() {}

  static Access of(List<RoundFacts> rounds, List<AwardFacts> awards, int minimumWindowDays) {
    Map<String, RoundFacts> byReference =
        rounds.stream().collect(Collectors.toMap(RoundFacts::reference, Function.identity()));
    return new Access(
        minimumWindowDays,
        windowsByProgramme(rounds),
        shortWindows(rounds, minimumWindowDays),
        new DayMedian(
            ReportMath.median(
                awards.stream()
                    .map(a -> ReportMath.spendingDays(a.spendStart(), a.spendBy()))
                    .toList()),
            references(awards)),
        shortSpendingTime(awards),
        CountShare.of(
            rounds.stream()
                .filter(RoundFacts::requiresMatchFunding)
                .map(RoundFacts::reference)
                .toList(),
            rounds.stream().map(RoundFacts::reference).toList()),
        matchFundingAsked(awards, byReference),
        CountShare.of(
            awards.stream()
                .filter(AwardFacts::publishedOpenData)
                .map(AwardFacts::bidReference)
                .toList(),
            references(awards)));
  }

  private static List<ProgrammeWindows> windowsByProgramme(List<RoundFacts> rounds) {
    Map<String, List<RoundFacts>> byProgramme =
        rounds.stream()
            .sorted(Comparator.comparing(RoundFacts::reference))
            .collect(
                Collectors.groupingBy(RoundFacts::programmeCode, TreeMap::new, Collectors.toList()));
    List<ProgrammeWindows> result = new ArrayList<>();
    byProgramme.forEach(
        (programme, its) -> {
          RoundFacts shortest = its.stream().min(Comparator.comparingLong(AccessFigures::days)).get();
          result.add(
              new ProgrammeWindows(
                  programme,
                  ReportMath.median(its.stream().map(AccessFigures::days).toList()),
                  days(shortest),
                  shortest.reference(),
                  its.stream().map(RoundFacts::reference).toList()));
        });
    return result;
  }

  private static List<ShortWindow> shortWindows(List<RoundFacts> rounds, int minimumWindowDays) {
    return rounds.stream()
        .filter(r -> days(r) < minimumWindowDays)
        .sorted(Comparator.comparing(RoundFacts::reference))
        .map(r -> new ShortWindow(r.reference(), r.programmeCode(), days(r)))
        .toList();
  }

  private static MoneyShare shortSpendingTime(List<AwardFacts> awards) {
    Money part = Money.ZERO;
    Money whole = Money.ZERO;
    List<String> sources = new ArrayList<>();
    for (AwardFacts award : awards) {
      whole = whole.plus(award.amount());
      long days =
          ChronoUnit.DAYS.between(ReportMath.londonDate(award.decidedAt()), award.spendBy());
      if (days < SHORT_SPENDING_DAYS) {
        part = part.plus(award.amount());
        sources.add(award.bidReference());
      }
    }
    return MoneyShare.of(part, whole, sources, references(awards));
  }

  /** Σ over awards of amount × the round's match percentage / 100, each rounded to the penny. */
  private static MoneyTotal matchFundingAsked(
      List<AwardFacts> awards, Map<String, RoundFacts> rounds) {
    Money total = Money.ZERO;
    List<String> sources = new ArrayList<>();
    for (AwardFacts award : awards) {
      RoundFacts round = rounds.get(award.roundReference());
      if (round == null) {
        throw new IllegalArgumentException(
            "Award " + award.bidReference() + " is in round " + award.roundReference()
                + ", which is not among the report's rounds");
      }
      if (round.requiresMatchFunding()) {
        total = total.plus(award.amount().percent(round.matchPercent()));
        sources.add(award.bidReference());
      }
    }
    return new MoneyTotal(total, sources);
  }

  private static long days(RoundFacts round) {
    return ReportMath.applicationDays(round.opensAt(), round.closesAt());
  }

  private static List<String> references(List<AwardFacts> awards) {
    return awards.stream().map(AwardFacts::bidReference).toList();
  }
}
