package org.grantwell.workflow.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.grantwell.db.organisation.BankAccount;
import org.grantwell.db.organisation.LegalStatus;
import org.grantwell.db.organisation.ProfileDetails;
import org.grantwell.db.organisation.ProfileFormats;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * Turns a profile a client sent into checked {@link ProfileDetails}, or refuses it whole with a
 * message per field (paths as in the JSON: {@code mainContact.email}). Nothing is required except
 * what belongs together: bank details come whole, and a charity or company names its number.
 */
final class ProfileMapper {

  static final String INVALID = "INVALID_VALUE";
  static final String TOO_LONG = "TOO_LONG";
  static final String REQUIRED = "FIELD_REQUIRED";
  private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  private final List<FieldError> errors = new ArrayList<>();
  private final BankAccount onFile;
  private final LocalDate today;

  private ProfileMapper(BankAccount onFile, LocalDate today) {
    this.onFile = onFile;
    this.today = today;
  }

  /**
   * @param onFile the bank account held now, or null; an empty or masked account number keeps its
   *     number
   * @param today the date in London, for dates that cannot be in the future
   */
  static ProfileDetails toDetails(ProfileInput input, BankAccount onFile, LocalDate today) {
    ProfileMapper mapper = new ProfileMapper(onFile, today);
    ProfileDetails details = mapper.map(input);
    if (!mapper.errors.isEmpty()) {
      throw new InvalidInputException(mapper.errors);
    }
    return details;
  }

  private ProfileDetails map(ProfileInput input) {
    return new ProfileDetails(
        address(Optional.ofNullable(input.registeredAddress()).orElse(new ProfileInput.Address(null, null, null, null))),
        contact(Optional.ofNullable(input.mainContact()).orElse(new ProfileInput.Contact(null, null, null, null))),
        finance(Optional.ofNullable(input.financeContact()).orElse(new ProfileInput.FinanceContact(null, null))),
        bank(Optional.ofNullable(input.bankAccount()).orElse(new ProfileInput.BankAccount(null, null, null))),
        governance(Optional.ofNullable(input.governance()).orElse(new ProfileInput.Governance(null, null, null, null, null))));
  }

  private ProfileDetails.Address address(ProfileInput.Address in) {
    String path = "registeredAddress.";
    return new ProfileDetails.Address(
        text(path + "line1", in.line1(), ProfileFormats.MAX_ADDRESS_LINE),
        text(path + "line2", in.line2(), ProfileFormats.MAX_ADDRESS_LINE),
        text(path + "town", in.town(), ProfileFormats.MAX_TOWN),
        formatted(path + "postcode", in.postcode(), ProfileFormats::postcode, "Enter a UK postcode, like BS1 5TR"));
  }

  private ProfileDetails.Contact contact(ProfileInput.Contact in) {
    String path = "mainContact.";
    return new ProfileDetails.Contact(
        text(path + "name", in.name(), ProfileFormats.MAX_NAME),
        text(path + "role", in.role(), ProfileFormats.MAX_ROLE),
        email(path + "email", in.email()),
        formatted(path + "phone", in.phone(), ProfileFormats::phone,
            "Enter a UK phone number starting 0 or +44, like 01632 960123 (at most " + ProfileFormats.MAX_PHONE + " characters)"));
  }

  private ProfileDetails.FinanceContact finance(ProfileInput.FinanceContact in) {
    return new ProfileDetails.FinanceContact(
        text("financeContact.name", in.name(), ProfileFormats.MAX_NAME), email("financeContact.email", in.email()));
  }

  /** Null when no bank details are given (and none are kept). */
  private BankAccount bank(ProfileInput.BankAccount in) {
    String path = "bankAccount.";
    boolean keepNumber = blank(in.accountNumber()) || (onFile != null && in.accountNumber().strip().equals(onFile.maskedNumber()));
    if (blank(in.accountName()) && blank(in.sortCode()) && keepNumber) {
      return null;
    }
    String name = required(path + "accountName", in.accountName(), "Enter the name on the account");
    name = name == null ? null : text(path + "accountName", name, ProfileFormats.MAX_ACCOUNT_NAME);
    String sortCode =
        required(path + "sortCode", in.sortCode(), "Enter the sort code, like 00-00-00") == null
            ? null
            : formatted(path + "sortCode", in.sortCode(), ProfileFormats::sortCode, "A sort code is six digits, like 00-00-00");
    String number = keepNumber && onFile != null ? onFile.accountNumber() : accountNumber(path + "accountNumber", in.accountNumber());
    return name == null || sortCode == null || number == null ? null : new BankAccount(name, sortCode, number);
  }

  private String accountNumber(String field, String value) {
    if (blank(value)) {
      errors.add(new FieldError(REQUIRED, field, "Enter the eight-digit account number"));
      return null;
    }
    return formatted(field, value, ProfileFormats::accountNumber,
        "An account number is eight digits; the masked number you were shown keeps the one on file");
  }

  private ProfileDetails.Governance governance(ProfileInput.Governance in) {
    String path = "governance.";
    LegalStatus status = legalStatus(path + "legalStatus", in.legalStatus());
    String charity = formatted(path + "charityNumber", in.charityNumber(), ProfileFormats::charityNumber,
        "A charity number is 6 to 8 digits (England and Wales), SC and 6 digits (Scotland) or NIC and 6 digits (Northern Ireland)");
    String company = formatted(path + "companyNumber", in.companyNumber(), ProfileFormats::companyNumber,
        "A company number is 8 digits, or two letters (such as SC, NI or OC) and 6 digits");
    if (status != null && status.needsCharityNumber() && blank(in.charityNumber())) {
      errors.add(new FieldError(REQUIRED, path + "charityNumber", "A registered charity gives its charity number"));
    }
    if (status != null && status.needsCompanyNumber() && blank(in.companyNumber())) {
      errors.add(new FieldError(REQUIRED, path + "companyNumber", "A company gives its Companies House number"));
    }
    return new ProfileDetails.Governance(
        status, charity, company, pastDate(path + "safeguardingPolicyDate", in.safeguardingPolicyDate()),
        pastDate(path + "accountsYearEnd", in.accountsYearEnd()));
  }

  private LegalStatus legalStatus(String field, String value) {
    if (blank(value)) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (LegalStatus status : LegalStatus.values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    errors.add(new FieldError(INVALID, field, "Choose one of CHARITY, CHARITABLE_COMPANY, COMPANY, PUBLIC_BODY, OTHER"));
    return null;
  }

  private LocalDate pastDate(String field, String value) {
    if (blank(value)) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(INVALID, field, "Write the date like 2025-03-31, not '" + value.strip() + "'"));
      return null;
    }
    if (date.isAfter(today) || date.isBefore(EARLIEST_DATE)) {
      errors.add(new FieldError(INVALID, field, "Enter a date between 1900-01-01 and today"));
      return null;
    }
    return date;
  }

  private String email(String field, String value) {
    return formatted(field, value, ProfileFormats::email,
        "Enter an email address, like name@example.org (at most " + ProfileFormats.MAX_EMAIL + " characters)");
  }

  /** Null for nothing; the stored form, or null and an error, for something. */
  private String formatted(String field, String value, Function<String, Optional<String>> format, String message) {
    if (blank(value)) {
      return null;
    }
    return format.apply(value).orElseGet(() -> {
      errors.add(new FieldError(INVALID, field, message));
      return null;
    });
  }

  private String required(String field, String value, String message) {
    if (blank(value)) {
      errors.add(new FieldError(REQUIRED, field, message));
      return null;
    }
    return value;
  }

  /** Stripped text, null for nothing; one line, at most {@code max} characters. */
  private String text(String field, String value, int max) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(new FieldError(TOO_LONG, field, "This is " + text.length() + " characters long; at most " + max + " are allowed"));
      return null;
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(INVALID, field, "Write this on one line"));
      return null;
    }
    return text;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
