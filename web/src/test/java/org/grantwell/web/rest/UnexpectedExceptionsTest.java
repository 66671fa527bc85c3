package org.grantwell.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import org.grantwell.workflow.shared.FieldError;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionsTest {

  @Test
  void shouldNameTheNestedFieldAndOurMessageWhenAWholeNumberWasAFraction() {
    JsonbException thrown = new JsonbException("Unable to deserialize property 'budgetLines' because of: "
        + "Unable to deserialize property 'quarter' because of: Give a whole number here, not a fraction",
        new JsonbException("Unable to deserialize property 'quarter' because of: Give a whole number here, not a fraction",
            new JsonbConfiguration.InvalidJsonValue("Give a whole number here, not a fraction")));

    FieldError error = UnexpectedExceptions.unreadableField(thrown);

    assertThat(error.field()).isEqualTo("budgetLines.quarter");
    assertThat(error.message()).isEqualTo("Give a whole number here, not a fraction");
    assertThat(error.code()).isEqualTo("INVALID_VALUE");
  }

  @Test
  void shouldNeverRepeatTheReadersOwnWordsWhenTheyNameJavaTypes() {
    JsonbException thrown = new JsonbException(
        "Unable to deserialize property 'amount' because of: Cannot deserialize value of type java.math.BigDecimal from lots",
        new NumberFormatException("Character l is neither a decimal digit number"));

    FieldError error = UnexpectedExceptions.unreadableField(thrown);

    assertThat(error.field()).isEqualTo("amount");
    assertThat(error.message()).doesNotContain("java", "BigDecimal", "Exception").contains("wrong kind");
  }

  @Test
  void shouldNameThePathOnceWhenEachCauseRepeatsItsTail() {
    JsonbException inner = new JsonbException("Unable to deserialize property 'criteria' because of: "
        + "Unable to deserialize property 'scaleMax' because of: x", new JsonbConfiguration.InvalidJsonValue("This number is far too large here"));
    JsonbException outer = new JsonbException("Unable to deserialize property 'rules' because of: Unable to deserialize property "
        + "'criteria' because of: Unable to deserialize property 'scaleMax' because of: x", inner);

    assertThat(UnexpectedExceptions.unreadableField(outer).field()).isEqualTo("rules.criteria.scaleMax");
  }

  @Test
  void shouldNameNoFieldWhenTheBodyIsNotJsonAtAll() {
    assertThat(UnexpectedExceptions.unreadableField(new JsonbException("Unexpected char 123 at (line no=1, column no=9)"))).isNull();
  }

  @Test
  void shouldKeepOnlyNameLikeTextWhenAPropertyIsQuoted() {
    JsonbException thrown = new JsonbException("Unable to deserialize property '<script>' because of: x");

    assertThat(UnexpectedExceptions.unreadableField(thrown)).isNull();
  }
}
