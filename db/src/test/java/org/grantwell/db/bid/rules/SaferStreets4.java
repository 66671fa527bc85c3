package org.grantwell.db.bid.rules;

import static org.grantwell.db.organisation.OrganisationType.BRITISH_TRANSPORT_POLICE;
import static org.grantwell.db.organisation.OrganisationType.LOCAL_AUTHORITY;
import static org.grantwell.db.organisation.OrganisationType.PCC_OFFICE;
import static org.grantwell.db.organisation.OrganisationType.PROVIDER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.grantwell.db.round.ApplicationWindow;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;

/**
 * Test fixture: Safer Streets Fund round 4 (max £750,000 per bid, at most £500,000 in 2022-23 and
 * £250,000 in 2023-24, 50% match for PCC, LA and BTP leads, spend 1 Apr 2022 to 30 Sep 2023) and a
 * complete bid that meets every rule. Window times are illustrative (ten weeks from 18 Mar 2022).
 */
final class SaferStreets4 {

  static final FinancialYear FY_2022 = FinancialYear.parse("2022-23");
  static final FinancialYear FY_2023 = FinancialYear.parse("2023-24");

  /** Opens 09:00 18 Mar 2022 (GMT), closes 23:59 27 May 2022 (BST). */
  static final ApplicationWindow WINDOW =
      ApplicationWindow.inLondon(
          LocalDateTime.parse("2022-03-18T09:00"), LocalDateTime.parse("2022-05-27T23:59"));

  /** A fixed instant inside the window. */
  static final Instant DURING_WINDOW = Instant.parse("2022-05-20T10:00:00Z");

  static final MatchRule HALF_FROM_PUBLIC_BODIES =
      new MatchRule(
          BigDecimal.valueOf(50),
          MatchBase.GRANT_REQUESTED,
          true,
          Set.of(PCC_OFFICE, LOCAL_AUTHORITY, BRITISH_TRANSPORT_POLICE));

  private SaferStreets4() {}

  /** Round 4 without its per-year caps, for tests that vary the rest. */
  static RoundRules.Builder roundWithoutYearCaps() {
    return RoundRules.builder()
        .eligibleLeadTypes(Set.of(PCC_OFFICE, LOCAL_AUTHORITY, BRITISH_TRANSPORT_POLICE, PROVIDER))
        .pot(Money.of("75000000.00"))
        .window(WINDOW)
        .bidRange(Money.ZERO, Money.of("750000.00"))
        .match(HALF_FROM_PUBLIC_BODIES)
        .eligibleCategories(
            Set.of("Staff", "Equipment", "Infrastructure", "Communications", "Evaluation"))
        .financialYears(Set.of(FY_2022, FY_2023))
        .spendingWindow(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 9, 30));
  }

  static RoundRules.Builder round() {
    return roundWithoutYearCaps()
        .yearCap(FY_2022, Money.of("500000.00"))
        .yearCap(FY_2023, Money.of("250000.00"));
  }

  static RoundRules rules() {
    return round().build();
  }

  /** £500,000 in 2022-23 and £250,000 in 2023-24: exactly at every cap. */
  static List<BudgetLineData> validLines() {
    return List.of(
        line(FY_2022, 1, "Staff", false, "50000.00"),
        line(FY_2022, 2, "Equipment", true, "200000.00"),
        line(FY_2022, 3, "Infrastructure", true, "150000.00"),
        line(FY_2022, 4, "Communications", false, "100000.00"),
        line(FY_2023, 1, "Staff", false, "150000.00"),
        line(FY_2023, 2, "Evaluation", false, "100000.00"));
  }

  /** £375,000, exactly half of £750,000, part of it in kind. */
  static List<MatchData> validMatch() {
    return List.of(
        cash("PCC Community Safety Fund", FY_2022, "200000.00"),
        new MatchData("Borough council", FY_2022, Money.of("100000.00"), true, MatchStatus.PLEDGED),
        cash("Town centre BID", FY_2023, "75000.00"));
  }

  static BidBuilder validBid() {
    return new BidBuilder()
        .lead(PCC_OFFICE)
        .title("Safer Market Square")
        .summary("Lighting, CCTV and night-time marshals for the town centre.")
        .problemStatement("Neighbourhood crime and harassment of women after dark.")
        .interventions(List.of("Street lighting", "CCTV", "Night-time economy marshals"))
        .locations(List.of("Market Square, Wrexham"))
        .lines(validLines())
        .match(validMatch())
        .outcomes(
            List.of(
                new OutcomeData(
                    "Neighbourhood crime in the target area",
                    "offences per year",
                    new BigDecimal("420"),
                    new BigDecimal("340"),
                    "Police recorded crime, monthly")))
        .attachments(
            List.of(
                new AttachmentData("Cyllideb_Ynys_Môn.xlsx", AttachmentType.XLSX, 150_000),
                new AttachmentData("Letter_of_support.pdf", AttachmentType.PDF, 2_000_000)));
  }

  static BudgetLineData line(
      FinancialYear year, int quarter, String category, boolean capital, String amount) {
    return new BudgetLineData(
        year, quarter, category, capital, category + " costs", Money.of(amount));
  }

  static BudgetLineData line(FinancialYear year, int quarter, String amount) {
    return line(year, quarter, "Staff", false, amount);
  }

  static MatchData cash(String source, FinancialYear year, String amount) {
    return new MatchData(source, year, Money.of(amount), false, MatchStatus.CONFIRMED);
  }

  static MatchData inKind(String source, FinancialYear year, String amount) {
    return new MatchData(source, year, Money.of(amount), true, MatchStatus.PLEDGED);
  }
}
