package org.grantwell.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.organisation.BankAccount;
import org.grantwell.db.organisation.LegalStatus;
import org.grantwell.db.organisation.ProfileDetails;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfileMapperTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  private static final BankAccount ON_FILE = new BankAccount("Haven Women's Aid", "00-00-04", "12345678");

  private static ProfileInput input(
      ProfileInput.Address address, ProfileInput.Contact contact, ProfileInput.BankAccount bank, ProfileInput.Governance governance) {
    return new ProfileInput(0L, address, contact, new ProfileInput.FinanceContact("Sam Treasurer", "treasurer.haven@example.org"), bank, governance);
  }

  private static ProfileInput valid() {
    return input(
        new ProfileInput.Address(" Unit 4, Example Court ", "", "Weston-super-Mare", "bs23 9zz"),
        new ProfileInput.Contact("Morgan Lewis", "Services manager", "morgan.lewis@example.org", "01632 960404"),
        new ProfileInput.BankAccount("Haven Women's Aid", "000004", "0000 0404"),
        new ProfileInput.Governance("charitable_company", "0000004", "0000004", "2025-09-15", "2025-03-31"));
  }

  private static List<FieldError> errors(ProfileInput input, BankAccount onFile) {
    return catchThrowableOfType(() -> ProfileMapper.toDetails(input, onFile, TODAY), InvalidInputException.class).errors();
  }

  @Test
  void shouldStoreNormalisedFormsWhenInputIsValid() {
    ProfileDetails details = ProfileMapper.toDetails(valid(), null, TODAY);

    assertThat(details.registeredAddress()).isEqualTo(new ProfileDetails.Address("Unit 4, Example Court", null, "Weston-super-Mare", "BS23 9ZZ"));
    assertThat(details.bankAccount()).isEqualTo(new BankAccount("Haven Women's Aid", "00-00-04", "00000404"));
    assertThat(details.governance().legalStatus()).isEqualTo(LegalStatus.CHARITABLE_COMPANY);
    assertThat(details.governance().companyNumber()).isEqualTo("00000004");
    assertThat(details.governance().accountsYearEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void shouldGiveEmptyDetailsWhenEveryPartIsMissing() {
    ProfileDetails details = ProfileMapper.toDetails(new ProfileInput(0L, null, null, null, null, null), ON_FILE, TODAY);

    assertThat(details).isEqualTo(ProfileDetails.EMPTY);
  }

  @Test
  void shouldNameEachBadFieldWhenShapesAreWrong() {
    ProfileInput input =
        input(
            new ProfileInput.Address("Unit 4", null, "Weston", "BS23"),
            new ProfileInput.Contact("Morgan Lewis", null, "morgan.lewis@", "960404"),
            new ProfileInput.BankAccount("Haven", "00-00", "1234"),
            null);

    assertThat(errors(input, null))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "registeredAddress.postcode", "mainContact.email", "mainContact.phone", "bankAccount.sortCode", "bankAccount.accountNumber");
  }

  @Test
  void shouldReportTooLongWhenTextExceedsColumn() {
    ProfileInput input = input(new ProfileInput.Address("x".repeat(121), null, null, null), null, null, null);

    assertThat(errors(input, null)).containsExactly(
        new FieldError("TOO_LONG", "registeredAddress.line1", "This is 121 characters long; at most 120 are allowed"));
  }

  @Test
  void shouldRequireWholeBankDetailsWhenOnlyNameIsGiven() {
    ProfileInput input = input(null, null, new ProfileInput.BankAccount("Haven", null, null), null);

    assertThat(errors(input, null))
        .extracting(FieldError::code, FieldError::field)
        .containsExactlyInAnyOrder(
            tuple("FIELD_REQUIRED", "bankAccount.sortCode"), tuple("FIELD_REQUIRED", "bankAccount.accountNumber"));
  }

  @Test
  void shouldKeepNumberOnFileWhenMaskedNumberIsSentBack() {
    ProfileInput input = input(null, null, new ProfileInput.BankAccount("Haven Women's Aid Ltd", "00-00-04", "****5678"), null);

    BankAccount bank = ProfileMapper.toDetails(input, ON_FILE, TODAY).bankAccount();

    assertThat(bank).isEqualTo(new BankAccount("Haven Women's Aid Ltd", "00-00-04", "12345678"));
  }

  @Test
  void shouldKeepNumberOnFileWhenNumberIsLeftOut() {
    ProfileInput input = input(null, null, new ProfileInput.BankAccount("Haven Women's Aid", "00-00-04", null), null);

    assertThat(ProfileMapper.toDetails(input, ON_FILE, TODAY).bankAccount()).isEqualTo(ON_FILE);
  }

  @Test
  void shouldRefuseMaskedNumberWhenNoAccountIsOnFile() {
    ProfileInput input = input(null, null, new ProfileInput.BankAccount("Haven", "00-00-04", "****5678"), null);

    assertThat(errors(input, null)).extracting(FieldError::field).containsExactly("bankAccount.accountNumber");
  }

  @Test
  void shouldRemoveBankDetailsWhenNameAndSortCodeAreEmptied() {
    ProfileInput input = input(null, null, new ProfileInput.BankAccount("", " ", "****5678"), null);

    assertThat(ProfileMapper.toDetails(input, ON_FILE, TODAY).bankAccount()).isNull();
  }

  @Test
  void shouldRequireCharityNumberWhenLegalStatusIsCharity() {
    ProfileInput input = input(null, null, null, new ProfileInput.Governance("CHARITY", null, null, null, null));

    assertThat(errors(input, null))
        .containsExactly(new FieldError("FIELD_REQUIRED", "governance.charityNumber", "A registered charity gives its charity number"));
  }

  @Test
  void shouldRefuseLegalStatusWhenNotInList() {
    ProfileInput input = input(null, null, null, new ProfileInput.Governance("trust", null, null, null, null));

    assertThat(errors(input, null)).extracting(FieldError::field).containsExactly("governance.legalStatus");
  }

  @Test
  void shouldRefuseDateWhenInFuture() {
    ProfileInput input = input(null, null, null, new ProfileInput.Governance(null, null, null, "2026-05-02", null));

    assertThat(errors(input, null)).extracting(FieldError::field).containsExactly("governance.safeguardingPolicyDate");
  }

  @Test
  void shouldRefuseDateWhenNotIsoFormat() {
    ProfileInput input = input(null, null, null, new ProfileInput.Governance(null, null, null, null, "31/03/2025"));

    assertThat(errors(input, null))
        .containsExactly(new FieldError("INVALID_VALUE", "governance.accountsYearEnd", "Write the date like 2025-03-31, not '31/03/2025'"));
  }

  @Test
  void shouldRefuseTextWhenItSpansLines() {
    ProfileInput input = input(null, new ProfileInput.Contact("Morgan\nLewis", null, null, null), null, null);

    assertThat(errors(input, null)).extracting(FieldError::field).containsExactly("mainContact.name");
  }
}
