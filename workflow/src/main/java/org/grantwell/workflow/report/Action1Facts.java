package org.grantwell.workflow.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything one Action 1 report is computed from, already narrowed by the caller to the chosen
 * funder, programme and period. {@code areas} should list every force area in scope (all 43 for a
 * national view), including those that got nothing, or the fairness figures will flatter.
 */
public record Action1Facts(
    List<RoundFacts> rounds,
    List<AwardFacts> awards,
    List<AreaFacts> areas,
    List<OutcomeFacts> outcomes) implements java.io.Serializable {

  public Action1Facts {
    rounds = List.copyOf(Objects.requireNonNull(rounds, "rounds"));
    awards = List.copyOf(Objects.requireNonNull(awards, "awards"));
    areas = List.copyOf(Objects.requireNonNull(areas, "areas"));
    outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
  }
}
