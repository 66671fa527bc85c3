package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2022;
import static org.grantwell.db.bid.rules.SaferStreets4.FY_2023;
import static org.grantwell.db.bid.rules.SaferStreets4.line;

import java.util.List;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.shared.Money;
import org.junit.jupiter.api.Test;

class BidValidatorTest {

  private final BidValidator validator = new BidValidator();

  @Test
  void shouldFindNothingWhenCompleteSaferStreets4BidMeetsEveryRule() {
    BidCandidate bid = SaferStreets4.validBid().build();

    assertThat(
            validator.check(bid, SaferStreets4.rules(), new AreaContext(2, Money.of("900000.00"))))
        .isEmpty();
  }

  @Test
  void shouldFindNothingWhenCompleteBidIsSubmittedInsideTheWindow() {
    BidCandidate bid = SaferStreets4.validBid().build();

    assertThat(
            validator.checkForSubmission(
                bid, SaferStreets4.rules(), AreaContext.NONE, SaferStreets4.DURING_WINDOW))
        .isEmpty();
  }

  @Test
  void shouldReportInRuleOrderThenByIndexWhenManyRulesBreak() {
    BidBuilder bid =
        SaferStreets4.validBid()
            .lead(OrganisationType.FUNDER)
            .title(" ")
            .lines(
                line(FY_2022, 1, "Hospitality", false, "600000.00"),
                line(FY_2023, 3, "Staff", false, "0.00"),
                line(FY_2023, 4, "Gifts", false, "-5.00"))
            .attachments(new AttachmentData("run.exe", AttachmentType.OTHER, 20_000_000));

    List<Violation> violations =
        validator.checkForSubmission(
            bid.build(), SaferStreets4.rules(), AreaContext.NONE, SaferStreets4.WINDOW.closesAt());

    assertThat(violations)
        .extracting(Violation::code, Violation::field)
        .containsExactly(
            tuple(RuleCode.LEAD_TYPE_INELIGIBLE, "leadOrganisation"),
            tuple(RuleCode.WINDOW_CLOSED, "round"),
            tuple(RuleCode.YEAR_CAP_EXCEEDED, "budget[2022-23]"),
            tuple(RuleCode.LINE_OUTSIDE_SPENDING_WINDOW, "budgetLines[1]"),
            tuple(RuleCode.LINE_OUTSIDE_SPENDING_WINDOW, "budgetLines[2]"),
            tuple(RuleCode.CATEGORY_INELIGIBLE, "budgetLines[0].category"),
            tuple(RuleCode.CATEGORY_INELIGIBLE, "budgetLines[2].category"),
            tuple(RuleCode.AMOUNT_NOT_POSITIVE, "budgetLines[1].amount"),
            tuple(RuleCode.AMOUNT_NOT_POSITIVE, "budgetLines[2].amount"),
            tuple(RuleCode.FIELD_REQUIRED, "title"),
            tuple(RuleCode.ATTACHMENT_TYPE_NOT_ALLOWED, "attachments[0]"),
            tuple(RuleCode.ATTACHMENT_TOO_LARGE, "attachments[0]"));
  }
}
