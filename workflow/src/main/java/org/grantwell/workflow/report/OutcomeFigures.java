package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grantwell.workflow.report.Action1Report.OutcomeTotal;
import org.grantwell.workflow.report.Action1Report.Outcomes;

/**
 * Outcomes for victims: targets against actuals per programme and per area, one line per
 * indicator. Targets of one indicator are added up across bids, so an indicator name must mean
 * one unit; a bid that has not reported yet counts in the target but not in the achieved share.
 */
final class OutcomeFigures {

  private OutcomeFigures() {}

  static Outcomes of(List<OutcomeFacts> outcomes) {
    return new Outcomes(
        totals(outcomes, OutcomeFacts::programmeCode), totals(outcomes, OutcomeFacts::forceAreaCode));
  }

  private static List<OutcomeTotal> totals(
      List<OutcomeFacts> outcomes, Function<OutcomeFacts, String> group) {
    Map<List<String>, List<OutcomeFacts>> grouped =
        outcomes.stream()
            .sorted(Comparator.comparing(OutcomeFacts::bidReference))
            .collect(
                Collectors.groupingBy(
                    o -> List.of(group.apply(o), o.indicator()),
                    () -> new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                        .thenComparing(k -> k.get(1))),
                    Collectors.toList()));
    List<OutcomeTotal> result = new ArrayList<>();
    grouped.forEach((key, its) -> result.add(total(key.get(0), key.get(1), its)));
    return result;
  }

  private static OutcomeTotal total(String group, String indicator, List<OutcomeFacts> its) {
    BigDecimal target = BigDecimal.ZERO;
    BigDecimal reportedTarget = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    List<String> reported = new ArrayList<>();
    List<String> notYet = new ArrayList<>();
    for (OutcomeFacts outcome : its) {
      target = target.add(outcome.target());
      if (outcome.reported()) {
        reportedTarget = reportedTarget.add(outcome.target());
        actual = actual.add(outcome.actual());
        reported.add(outcome.bidReference());
      } else {
        notYet.add(outcome.bidReference());
      }
    }
    return new OutcomeTotal(
        group,
        indicator,
        target,
        reportedTarget,
        actual,
        ReportMath.percent(actual, reportedTarget),
        reported,
        notYet);
  }
}
