package org.grantwell.workflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grantwell.workflow.report.Action1Report.Duplication;

/**
 * No duplication: pairs of awards to the same recipient from different programmes whose spend
 * windows overlap (both ends inclusive) and that share at least one intervention.
 */
final class DuplicationFinder {

  private DuplicationFinder() {}

  static List<Duplication> find(List<AwardFacts> awards) {
    Map<String, List<AwardFacts>> byRecipient =
        awards.stream()
            .sorted(Comparator.comparing(AwardFacts::bidReference))
            .collect(
                Collectors.groupingBy(
                    AwardFacts::recipientOrgId, TreeMap::new, Collectors.toList()));
    List<Duplication> result = new ArrayList<>();
    for (List<AwardFacts> its : byRecipient.values()) {
      for (int i = 0; i < its.size(); i++) {
        for (int j = i + 1; j < its.size(); j++) {
          pair(its.get(i), its.get(j)).ifPresent(result::add);
        }
      }
    }
    return result;
  }

  private static Optional<Duplication> pair(AwardFacts first, AwardFacts second) {
    if (first.programmeCode().equals(second.programmeCode())) {
      return Optional.empty();
    }
    LocalDate from = later(first.spendStart(), second.spendStart());
    LocalDate to = earlier(first.spendBy(), second.spendBy());
    List<String> shared =
        first.interventions().stream().filter(second.interventions()::contains).sorted().toList();
    if (from.isAfter(to) || shared.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Duplication(
            first.bidReference(),
            first.programmeCode(),
            second.bidReference(),
            second.programmeCode(),
            first.recipientOrgId(),
            first.recipientName(),
            from,
            to,
            shared));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
