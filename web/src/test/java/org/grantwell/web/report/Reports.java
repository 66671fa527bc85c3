package org.grantwell.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.report.Action1Calculator;
import org.grantwell.workflow.report.Action1Facts;
import org.grantwell.workflow.report.Action1Report;
import org.grantwell.workflow.report.AreaFacts;
import org.grantwell.workflow.report.AwardFacts;
import org.grantwell.workflow.report.OutcomeFacts;
import org.grantwell.workflow.report.RoundFacts;

/** A small Action 1 report for the page tests: two areas, one round, one award with one target. */
final class Reports {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private Reports() {}

  static Action1Report small() {
    RoundFacts round = new RoundFacts("SSF-5", "SSF", "Home Office", Instant.parse("2026-05-11T08:00:00Z"),
        Instant.parse("2026-06-08T08:00:00Z"), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
        BigDecimal.ZERO, Money.ofPounds(1_000_000));
    AwardFacts award = new AwardFacts("GW-12", "SSF-5", "SSF", "GB-CHC-1", "Haven <Trust>", "AVS",
        Money.ofPounds(250_000), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31),
        Instant.parse("2026-09-01T10:00:00Z"), Set.of("ADVOCACY"), false);
    List<AreaFacts> areas = List.of(
        new AreaFacts("AVS", "Avon and Somerset", 1_700_000, null, true),
        new AreaFacts("KNT", "Kent", 1_900_000, null, true));
    OutcomeFacts outcome = new OutcomeFacts("GW-12", "SSF", "AVS", "victims supported", new BigDecimal("400"),
        new BigDecimal("150"));
    return new Action1Calculator().calculate(
        new Action1Facts(List.of(round), List.of(award), areas, List.of(outcome)), AS_OF);
  }
}
