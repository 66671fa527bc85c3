package org.grantwell.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.grantwell.workflow.report.ReportFixtures.AS_OF;
import static org.grantwell.workflow.report.ReportFixtures.area;
import static org.grantwell.workflow.report.ReportFixtures.award;
import static org.grantwell.workflow.report.ReportFixtures.facts;
import static org.grantwell.workflow.report.ReportFixtures.round;

import java.time.LocalDate;
import java.util.List;
import org.grantwell.workflow.report.Action1Report.Duplication;
import org.junit.jupiter.api.Test;

class DuplicationFinderTest {

  private static final LocalDate APR_24 = LocalDate.of(2024, 4, 1);
  private static final LocalDate MAR_25 = LocalDate.of(2025, 3, 31);

  private static List<Duplication> duplications(AwardFacts... awards) {
    List<RoundFacts> rounds =
        List.of(round("R1", "SSF", 56, "0"), round("R2", "SSF", 56, "0"), round("D1", "DAPI", 56, "0"));
    return new Action1Calculator()
        .calculate(facts(rounds, List.of(awards), List.of(area("A", 1000))), AS_OF)
        .duplications();
  }

  private static ReportFixtures.Award ssf(String reference) {
    return award(reference, "1000.00").round("R1", "SSF").spend(APR_24, MAR_25);
  }

  private static ReportFixtures.Award dapi(String reference, LocalDate start, LocalDate end) {
    return award(reference, "1000.00").round("D1", "DAPI").spend(start, end);
  }

  @Test
  void shouldListSameRecipientInTwoProgrammesOverOverlappingPeriodsForASharedIntervention() {
    // SSF 1 Apr 24–31 Mar 25 and DAPI 1 Jan 25–31 Dec 25 overlap 1 Jan–31 Mar 25; CCTV in both
    List<Duplication> found =
        duplications(
            ssf("B2").interventions("CCTV", "STREET_LIGHTING").build(),
            dapi("B1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .interventions("CCTV", "EDUCATION")
                .build());

    assertThat(found)
        .containsExactly(
            new Duplication(
                "B1", "DAPI", "B2", "SSF", "GB-CHC-1", "Recipient GB-CHC-1",
                LocalDate.of(2025, 1, 1), MAR_25, List.of("CCTV")));
    assertThat(found.get(0).sources()).containsExactly("B1", "B2");
  }

  @Test
  void shouldListWindowsThatShareOnlyTheirLastAndFirstDay() {
    // DAPI starts on 31 Mar 25, the day SSF is spent by: one day in common
    List<Duplication> found =
        duplications(ssf("B1").build(), dapi("B2", MAR_25, LocalDate.of(2025, 9, 30)).build());

    assertThat(found).extracting(Duplication::overlapFrom, Duplication::overlapTo)
        .containsExactly(tuple(MAR_25, MAR_25));
  }

  @Test
  void shouldNotListWindowsThatFollowOneAnother() {
    assertThat(duplications(ssf("B1").build(), dapi("B2", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30)).build()))
        .isEmpty();
  }

  @Test
  void shouldNotListAwardsWithNoInterventionInCommon() {
    assertThat(
            duplications(
                ssf("B1").interventions("CCTV").build(),
                dapi("B2", APR_24, MAR_25).interventions("EDUCATION").build()))
        .isEmpty();
  }

  @Test
  void shouldNotListTwoAwardsFromTheSameProgramme() {
    assertThat(duplications(ssf("B1").build(), ssf("B2").round("R2", "SSF").build())).isEmpty();
  }

  @Test
  void shouldNotListDifferentRecipients() {
    assertThat(
            duplications(
                ssf("B1").recipient("GB-CHC-1").build(),
                dapi("B2", APR_24, MAR_25).recipient("GB-CHC-2").build()))
        .isEmpty();
  }
}
