package org.grantwell.workflow.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/** Small hand-built facts for the Action 1 tests; every default is stated here. */
final class ReportFixtures {

  static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
  static final Instant DECIDED = london(2024, 3, 1, 10, 0);

  private ReportFixtures() {}

  static Instant london(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(FinancialYear.LONDON).toInstant();
  }

  /** A round open from 1 March 2024 10:00 for the given number of days (same clock time). */
  static RoundFacts round(String reference, String programme, int days, String matchPercent) {
    Instant opens = london(2024, 3, 1, 10, 0);
    Instant closes =
        LocalDateTime.of(2024, 3, 1, 10, 0).plusDays(days).atZone(FinancialYear.LONDON).toInstant();
    return round(reference, programme, opens, closes, matchPercent);
  }

  static RoundFacts round(
      String reference, String programme, Instant opens, Instant closes, String matchPercent) {
    return new RoundFacts(
        reference,
        programme,
        "Home Office",
        opens,
        closes,
        LocalDate.of(2024, 4, 1),
        LocalDate.of(2025, 3, 31),
        new BigDecimal(matchPercent),
        Money.ofPounds(1_000_000));
  }

  static Award award(String bidReference, String amount) {
    return new Award(bidReference, amount);
  }

  static Action1Facts facts(
      List<RoundFacts> rounds, List<AwardFacts> awards, List<AreaFacts> areas) {
    return new Action1Facts(rounds, awards, areas, List.of());
  }

  static AreaFacts area(String code, long population) {
    return new AreaFacts(code, code, population, null, false);
  }

  /** A mutable builder for AwardFacts; defaults: round R1 of SSF, area A, FY 2024-25. */
  static final class Award {
    private final String bidReference;
    private final Money amount;
    private String round = "R1";
    private String programme = "SSF";
    private String recipient = "GB-CHC-1";
    private String area = "A";
    private LocalDate start = LocalDate.of(2024, 4, 1);
    private LocalDate end = LocalDate.of(2025, 3, 31);
    private Instant decided = DECIDED;
    private Set<String> interventions = Set.of("CCTV");
    private boolean published;

    Award(String bidReference, String amount) {
      this.bidReference = bidReference;
      this.amount = Money.of(amount);
    }

    Award round(String round, String programme) {
      this.round = round;
      this.programme = programme;
      return this;
    }

    Award recipient(String recipient) {
      this.recipient = recipient;
      return this;
    }

    Award area(String area) {
      this.area = area;
      return this;
    }

    Award spend(LocalDate start, LocalDate end) {
      this.start = start;
      this.end = end;
      return this;
    }

    Award decided(Instant decided) {
      this.decided = decided;
      return this;
    }

    Award interventions(String... interventions) {
      this.interventions = Set.of(interventions);
      return this;
    }

    Award published() {
      this.published = true;
      return this;
    }

    AwardFacts build() {
      return new AwardFacts(
          bidReference, round, programme, recipient, "Recipient " + recipient, area, amount, start,
          end, decided, interventions, published);
    }
  }
}
