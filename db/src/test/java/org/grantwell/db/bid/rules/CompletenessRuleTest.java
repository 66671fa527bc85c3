package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.grantwell.db.bid.rules.Checks.check;
import static org.grantwell.db.bid.rules.Checks.only;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompletenessRuleTest {

  private static final long TEN_MB = 10L * 1024 * 1024;

  private static List<Violation> missing(BidBuilder bid) {
    return only(RuleCode.FIELD_REQUIRED, check(bid, SaferStreets4.rules()));
  }

  private static List<Violation> attachmentProblems(AttachmentData... files) {
    List<Violation> all = check(SaferStreets4.validBid().attachments(files), SaferStreets4.rules());
    return all.stream()
        .filter(
            v ->
                v.code() == RuleCode.ATTACHMENT_TYPE_NOT_ALLOWED
                    || v.code() == RuleCode.ATTACHMENT_TOO_LARGE)
        .toList();
  }

  static Stream<Arguments> blankFields() {
    return Stream.of(
        Arguments.of("title", (UnaryOperator<BidBuilder>) b -> b.title("  ")),
        Arguments.of("title", (UnaryOperator<BidBuilder>) b -> b.title(null)),
        Arguments.of("summary", (UnaryOperator<BidBuilder>) b -> b.summary("")),
        Arguments.of(
            "problemStatement", (UnaryOperator<BidBuilder>) b -> b.problemStatement("\n\t")),
        Arguments.of("interventions", (UnaryOperator<BidBuilder>) b -> b.interventions(List.of())),
        Arguments.of(
            "interventions", (UnaryOperator<BidBuilder>) b -> b.interventions(List.of(" "))),
        Arguments.of("locations", (UnaryOperator<BidBuilder>) b -> b.locations(null)),
        Arguments.of("budgetLines", (UnaryOperator<BidBuilder>) b -> b.lines(List.of())),
        Arguments.of("outcomes", (UnaryOperator<BidBuilder>) b -> b.outcomes(List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankFields")
  void shouldRequireFieldWhenItIsBlankOrEmpty(String field, UnaryOperator<BidBuilder> blank) {
    assertThat(missing(blank.apply(SaferStreets4.validBid())))
        .extracting(Violation::field)
        .containsExactly(field);
  }

  @Test
  void shouldAcceptFieldsWhenEachHoldsOneCharacter() {
    BidBuilder terse =
        SaferStreets4.validBid()
            .title("T")
            .summary("S")
            .problemStatement("P")
            .interventions(List.of("I"))
            .locations(List.of("L"));

    assertThat(missing(terse)).isEmpty();
  }

  @Test
  void shouldListMissingFieldsInFormOrderWhenTheDraftIsEmpty() {
    assertThat(missing(new BidBuilder()))
        .extracting(Violation::field)
        .containsExactly(
            "title",
            "summary",
            "problemStatement",
            "interventions",
            "locations",
            "budgetLines",
            "outcomes");
  }

  @Test
  void shouldAcceptAttachmentWhenItIsExactlyTenMegabytes() {
    assertThat(attachmentProblems(new AttachmentData("plan.pdf", AttachmentType.PDF, TEN_MB)))
        .isEmpty();
  }

  @Test
  void shouldRejectAttachmentWhenItIsOneByteOverTenMegabytes() {
    assertThat(attachmentProblems(new AttachmentData("plan.pdf", AttachmentType.PDF, TEN_MB + 1)))
        .containsExactly(
            new Violation(
                RuleCode.ATTACHMENT_TOO_LARGE,
                "attachments[0]",
                "The file \"plan.pdf\" is just over 10 MB; files can be at most 10 MB"));
  }

  @Test
  void shouldUseTheRoundsLimitWhenItSetsOne() {
    RoundRules twoMb = SaferStreets4.round().maxAttachmentBytes(2L * 1024 * 1024).build();
    BidBuilder bid =
        SaferStreets4.validBid()
            .attachments(new AttachmentData("map.pdf", AttachmentType.PDF, 3L * 1024 * 1024));

    assertThat(only(RuleCode.ATTACHMENT_TOO_LARGE, check(bid, twoMb)))
        .extracting(Violation::message)
        .containsExactly("The file \"map.pdf\" is 3 MB; files can be at most 2 MB");
  }

  @Test
  void shouldRejectAttachmentWhenItsContentIsNotPdfWordOrExcel() {
    assertThat(
            attachmentProblems(
                new AttachmentData("budget.xlsx", AttachmentType.XLSX, 1000),
                new AttachmentData("budget.pdf", AttachmentType.OTHER, 1000)))
        .containsExactly(
            new Violation(
                RuleCode.ATTACHMENT_TYPE_NOT_ALLOWED,
                "attachments[1]",
                "The file \"budget.pdf\" is not a PDF, Word (.docx) or Excel (.xlsx) file; upload"
                    + " it in one of those formats"));
  }

  @Test
  void shouldAcceptAttachmentsWhenTheyAreWordAndExcel() {
    assertThat(
            attachmentProblems(
                new AttachmentData("Cais.docx", AttachmentType.DOCX, 1000),
                new AttachmentData("Cyllideb.xlsx", AttachmentType.XLSX, 1000)))
        .isEmpty();
  }

  @Test
  void shouldReportTypeProblemsBeforeSizeProblemsWhenBothOccur() {
    assertThat(
            attachmentProblems(
                new AttachmentData("big.pdf", AttachmentType.PDF, TEN_MB + 1),
                new AttachmentData("", AttachmentType.OTHER, TEN_MB + 1)))
        .extracting(Violation::code, Violation::field)
        .containsExactly(
            tuple(RuleCode.ATTACHMENT_TYPE_NOT_ALLOWED, "attachments[1]"),
            tuple(RuleCode.ATTACHMENT_TOO_LARGE, "attachments[0]"),
            tuple(RuleCode.ATTACHMENT_TOO_LARGE, "attachments[1]"));
  }
}
