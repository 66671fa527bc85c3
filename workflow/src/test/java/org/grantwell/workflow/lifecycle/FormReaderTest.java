package org.grantwell.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InputChecks;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormReaderTest {

  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private enum Decision {
    FUND,
    PART_FUND,
    DECLINE
  }

  /** A form of one field (a map that allows null values, as a JSON parser gives). */
  private static FormReader form(String name, Object value) {
    Map<String, Object> form = new HashMap<>();
    form.put(name, value);
    return new FormReader(form);
  }

  private static List<FieldError> errorsOf(FormReader reader) {
    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, reader::throwIfAny);
    return thrown == null ? List.of() : thrown.errors();
  }

  private static FieldError onlyErrorOf(FormReader reader) {
    List<FieldError> errors = errorsOf(reader);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  // text

  @Test
  void shouldReturnStrippedTextWhenWithinLimit() {
    FormReader reader = form("title", "  Safer routes  ");

    assertThat(reader.text("title", true, 20)).isEqualTo("Safer routes");
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReturnEmptyTextWhenOptionalTextAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.text("notes", false, 20)).isEmpty();
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportRequiredWhenRequiredTextBlank() {
    FormReader reader = form("title", "   ");

    assertThat(reader.text("title", true, 20)).isNull();
    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.REQUIRED, "title");
  }

  @Test
  void shouldReportRequiredWhenRequiredTextAbsent() {
    FormReader reader = new FormReader(null);

    reader.text("title", true, 20);

    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.REQUIRED);
  }

  @Test
  void shouldReportTooLongWhenTextExceedsMax() {
    FormReader reader = form("title", "abcdef");

    reader.text("title", true, 5);

    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.TOO_LONG);
    assertThat(error.field()).isEqualTo("title");
    assertThat(error.message()).contains("6 characters", "at most 5");
  }

  @Test
  void shouldAcceptTextOfExactlyMaxLength() {
    FormReader reader = form("title", "abcde");

    assertThat(reader.text("title", true, 5)).isEqualTo("abcde");
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidWhenTextIsNotAString() {
    FormReader reader = form("title", 42);

    assertThat(reader.text("title", true, 20)).isNull();
    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.INVALID, "title");
  }

  // bool

  @Test
  void shouldReadBooleanWhenGiven() {
    FormReader reader = form("eligible", false);

    assertThat(reader.bool("eligible", true)).isFalse();
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportRequiredWhenRequiredBooleanAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.bool("eligible", true)).isNull();
    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.REQUIRED, "eligible");
  }

  @Test
  void shouldReturnNullWithoutErrorWhenOptionalBooleanAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.bool("eligible", false)).isNull();
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidWhenBooleanGivenAsString() {
    FormReader reader = form("eligible", "true");

    assertThat(reader.bool("eligible", true)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  // integer

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void shouldReadIntegerWhenWithinInclusiveBounds(int score) {
    FormReader reader = form("score", score);

    assertThat(reader.integer("score", true, 1, 5)).isEqualTo(score);
    assertThat(errorsOf(reader)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void shouldReportInvalidWhenIntegerOutsideBounds(int score) {
    FormReader reader = form("score", score);

    assertThat(reader.integer("score", true, 1, 5)).isNull();
    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.INVALID);
    assertThat(error.message()).isEqualTo("Give a whole number from 1 to 5");
  }

  @Test
  void shouldReportInvalidWhenIntegerHasFraction() {
    FormReader reader = form("score", 2.5);

    assertThat(reader.integer("score", true, 1, 5)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  @Test
  void shouldReadIntegerWhenFractionIsZero() {
    FormReader reader = form("score", 2.0);

    assertThat(reader.integer("score", true, 1, 5)).isEqualTo(2);
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReadIntegerWhenGivenAsNumericString() {
    FormReader reader = form("score", " 4 ");

    assertThat(reader.integer("score", true, 1, 5)).isEqualTo(4);
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidQuotingTheTextWhenIntegerStringIsNotANumber() {
    FormReader reader = form("score", "four");

    assertThat(reader.integer("score", true, 1, 5)).isNull();
    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.INVALID);
    assertThat(error.message()).contains("'four'");
  }

  @Test
  void shouldReportInvalidWhenIntegerIsNeitherNumberNorString() {
    FormReader reader = form("score", List.of(4));

    assertThat(reader.integer("score", true, 1, 5)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  @Test
  void shouldReportRequiredWhenRequiredIntegerAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.integer("score", true, 1, 5)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.REQUIRED);
  }

  @Test
  void shouldReturnNullWithoutErrorWhenOptionalIntegerAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.integer("score", false, 1, 5)).isNull();
    assertThat(errorsOf(reader)).isEmpty();
  }

  // decimal

  @Test
  void shouldReadDecimalWithTwoPlaces() {
    FormReader reader = form("weight", "12.34");

    assertThat(reader.decimal("weight", true, ZERO, HUNDRED)).isEqualByComparingTo("12.34");
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReadDecimalWhenExtraPlacesAreTrailingZeros() {
    FormReader reader = form("weight", "12.3400");

    assertThat(reader.decimal("weight", true, ZERO, HUNDRED)).isEqualByComparingTo("12.34");
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidWhenDecimalHasThreePlaces() {
    FormReader reader = form("weight", new BigDecimal("12.345"));

    assertThat(reader.decimal("weight", true, ZERO, HUNDRED)).isNull();
    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.INVALID);
    assertThat(error.message()).contains("from 0 to 100", "at most two decimal places");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "100.01"})
  void shouldReportInvalidWhenDecimalOutsideRange(String weight) {
    FormReader reader = form("weight", weight);

    assertThat(reader.decimal("weight", true, ZERO, HUNDRED)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "100.00"})
  void shouldReadDecimalWhenOnRangeBound(String weight) {
    FormReader reader = form("weight", weight);

    assertThat(reader.decimal("weight", true, ZERO, HUNDRED)).isEqualByComparingTo(weight);
    assertThat(errorsOf(reader)).isEmpty();
  }

  // money

  @Test
  void shouldReadMoneyInPoundsAndPence() {
    FormReader reader = form("amount", 1250.5);

    assertThat(reader.money("amount", true, false)).isEqualTo(Money.of("1250.50"));
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidWhenMoneyNegative() {
    FormReader reader = form("amount", "-10.00");

    assertThat(reader.money("amount", true, true)).isNull();
    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.INVALID);
    assertThat(error.message()).contains("negative");
  }

  @Test
  void shouldReportInvalidWhenMoneyZeroAndZeroNotAllowed() {
    FormReader reader = form("amount", 0);

    assertThat(reader.money("amount", true, false)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  @Test
  void shouldReadZeroMoneyWhenZeroAllowed() {
    FormReader reader = form("amount", "0.00");

    assertThat(reader.money("amount", true, true)).isEqualTo(Money.ZERO);
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidWhenMoneyHasFractionsOfAPenny() {
    FormReader reader = form("amount", "10.005");

    assertThat(reader.money("amount", true, false)).isNull();
    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.INVALID);
    assertThat(error.message()).contains("two decimal places");
  }

  @Test
  void shouldReportInvalidWhenMoneyTooLargeForTheColumn() {
    FormReader reader = form("amount", "1000000000000.00");

    assertThat(reader.money("amount", true, false)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  @Test
  void shouldReportRequiredWhenRequiredMoneyAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.money("amount", true, false)).isNull();
    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.REQUIRED, "amount");
  }

  @Test
  void shouldReturnNullWithoutErrorWhenOptionalMoneyAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.money("amount", false, false)).isNull();
    assertThat(errorsOf(reader)).isEmpty();
  }

  // year

  @Test
  void shouldReadFinancialYearFromItsLabel() {
    FormReader reader = form("year", "2027-28");

    assertThat(reader.year("year")).isEqualTo(new FinancialYear(2027));
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldReportInvalidWhenFinancialYearMalformed() {
    FormReader reader = form("year", "2027/28");

    assertThat(reader.year("year")).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  // choice

  @ParameterizedTest
  @ValueSource(strings = {"PART_FUND", "part_fund", " Part_Fund "})
  void shouldReadChoiceWhateverItsCase(String value) {
    FormReader reader = form("decision", value);

    assertThat(reader.choice("decision", Decision.class)).isEqualTo(Decision.PART_FUND);
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldListEveryChoiceWhenChoiceUnknown() {
    FormReader reader = form("decision", "MAYBE");

    assertThat(reader.choice("decision", Decision.class)).isNull();
    FieldError error = onlyErrorOf(reader);
    assertThat(error.code()).isEqualTo(InputChecks.INVALID);
    assertThat(error.field()).isEqualTo("decision");
    assertThat(error.message()).isEqualTo("Choose one of FUND, PART_FUND, DECLINE");
  }

  @Test
  void shouldReportInvalidWhenChoiceIsNotAString() {
    FormReader reader = form("decision", 1);

    assertThat(reader.choice("decision", Decision.class)).isNull();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  // list

  @Test
  void shouldReadEachItemOfAList() {
    FormReader reader = form("scores", List.of(Map.of("score", 3), Map.of("score", 5)));

    List<FormReader> items = reader.list("scores", true, 10);

    assertThat(items).extracting(item -> item.integer("score", true, 0, 5)).containsExactly(3, 5);
    assertThat(errorsOf(reader)).isEmpty();
  }

  @Test
  void shouldPrefixItemFieldWithListNameAndIndex() {
    FormReader reader = form("scores", List.of(Map.of(), Map.of()));

    List<FormReader> items = reader.list("scores", true, 10);

    assertThat(items).extracting(item -> item.field("score"))
        .containsExactly("scores[0].score", "scores[1].score");
  }

  @Test
  void shouldReportBadItemFieldUnderItsPath() {
    FormReader reader = form("scores", List.of(Map.of("score", 3), Map.of("score", 9)));

    reader.list("scores", true, 10).forEach(item -> item.integer("score", true, 0, 5));

    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.INVALID, "scores[1].score");
  }

  @Test
  void shouldReportBadFieldOfListWithinListUnderItsFullPath() {
    FormReader reader =
        form(
            "lines",
            List.of(
                Map.of("splits", List.of()),
                Map.of("splits", List.of(Map.of("amount", "1"), Map.of("amount", "-1")))));

    reader.list("lines", true, 10)
        .forEach(line -> line.list("splits", false, 10).forEach(split -> split.money("amount", true, false)));

    assertThat(onlyErrorOf(reader).field()).isEqualTo("lines[1].splits[1].amount");
  }

  @Test
  void shouldReportInvalidAndReadNothingWhenListHasTooManyEntries() {
    FormReader reader = form("scores", List.of(Map.of(), Map.of(), Map.of()));

    assertThat(reader.list("scores", true, 2)).isEmpty();
    FieldError error = onlyErrorOf(reader);
    assertThat(error)
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.INVALID, "scores");
    assertThat(error.message()).isEqualTo("Give at most 2 entries");
  }

  @Test
  void shouldReportItemThatIsNotAnObjectAtItsIndex() {
    FormReader reader = form("scores", List.of(Map.of("score", 3), "five", Map.of("score", 4)));

    List<FormReader> items = reader.list("scores", true, 10);

    assertThat(items).hasSize(2);
    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.INVALID, "scores[1]");
  }

  @Test
  void shouldReportInvalidWhenListFieldIsNotAList() {
    FormReader reader = form("scores", Map.of("score", 3));

    assertThat(reader.list("scores", true, 10)).isEmpty();
    assertThat(onlyErrorOf(reader).code()).isEqualTo(InputChecks.INVALID);
  }

  @Test
  void shouldReportRequiredWhenRequiredListAbsent() {
    FormReader reader = new FormReader(Map.of());

    assertThat(reader.list("scores", true, 10)).isEmpty();
    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(InputChecks.REQUIRED, "scores");
  }

  // collected errors

  @Test
  void shouldNotThrowWhenNothingIsWrong() {
    FormReader reader = form("title", "Safer routes");
    reader.text("title", true, 20);

    assertThatCode(reader::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void shouldThrowWithEveryCollectedErrorAndItsFieldPath() {
    Map<String, Object> form = new HashMap<>();
    form.put("title", "");
    form.put("amount", "-5");
    form.put("decision", "MAYBE");
    form.put("scores", List.of(Map.of("score", 3), Map.of("score", "x")));
    FormReader reader = new FormReader(form);
    reader.text("title", true, 20);
    reader.money("amount", true, false);
    reader.choice("decision", Decision.class);
    reader.list("scores", true, 5).forEach(item -> item.integer("score", true, 0, 5));
    reader.invalid("comment", "Say why");

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, reader::throwIfAny);

    assertThat(thrown).isNotNull();
    assertThat(thrown.errors())
        .extracting(FieldError::code, FieldError::field)
        .containsExactly(
            tuple(InputChecks.REQUIRED, "title"),
            tuple(InputChecks.INVALID, "amount"),
            tuple(InputChecks.INVALID, "decision"),
            tuple(InputChecks.INVALID, "scores[1].score"),
            tuple(InputChecks.INVALID, "comment"));
  }

  @Test
  void shouldReportAddedErrorUnderItemPathWithItsCode() {
    FormReader reader = form("scores", List.of(Map.of("score", 3)));

    reader.list("scores", true, 5).get(0).add("SCORE_UNJUSTIFIED", "comment", "Say why");

    assertThat(onlyErrorOf(reader))
        .extracting(FieldError::code, FieldError::field, FieldError::message)
        .containsExactly("SCORE_UNJUSTIFIED", "scores[0].comment", "Say why");
  }
}
