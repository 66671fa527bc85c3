package org.grantwell.db.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the organisation profile's coded values, in one place: each method turns what
 * someone typed into the one stored form, or gives empty when it does not have the shape. The value
 * objects accept only stored forms, so a value that passed here is never refused later. Shapes only:
 * a postcode that has the shape may still not exist.
 */
public final class ProfileFormats {

  public static final int MAX_ADDRESS_LINE = 120;
  public static final int MAX_TOWN = 80;
  public static final int MAX_NAME = 120;
  public static final int MAX_ROLE = 120;
  public static final int MAX_EMAIL = 254;
  public static final int MAX_PHONE = 20;
  public static final int MAX_ACCOUNT_NAME = 140;

  /** Outward code (A9, A99, AA9, AA99, A9A, AA9A), a space, inward code (9AA); or GIR 0AA. */
  private static final Pattern POSTCODE =
      Pattern.compile("^(?:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|GIR 0AA)$");

  /** The HTML "valid e-mail address" shape, with at least one dot in the domain. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  /** A UK number: 0 or +44, then 9 or 10 digits, as typed with spaces, dashes or brackets. */
  private static final Pattern PHONE_CHARACTERS = Pattern.compile("^\\+?[0-9 ()-]+$");
  private static final Pattern PHONE_DIGITS = Pattern.compile("^(?:\\+44|0)[0-9]{9,10}$");

  private static final Pattern SORT_CODE = Pattern.compile("^[0-9]{2}-[0-9]{2}-[0-9]{2}$");
  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("^[0-9]{8}$");

  /** England and Wales (6-8 digits), Scotland (SC + 6 digits), Northern Ireland (NIC + 6). */
  private static final Pattern CHARITY_NUMBER = Pattern.compile("^(?:[0-9]{6,8}|SC[0-9]{6}|NIC[0-9]{6})$");

  /** Companies House: 8 digits, or a two-character prefix (SC, NI, OC, R0 ...) and 6 digits. */
  private static final Pattern COMPANY_NUMBER = Pattern.compile("^(?:[0-9]{8}|[A-Z]{2}[0-9]{6}|R0[0-9]{6})$");

  private ProfileFormats() {}

  /** {@code "bs1 5tr"} and {@code "BS15TR"} become {@code "BS1 5TR"}. */
  public static Optional<String> postcode(String raw) {
    String compact = compact(raw).toUpperCase(Locale.ROOT);
    if (compact.length() < 5 || compact.length() > 7) {
      return Optional.empty();
    }
    String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    return matching(POSTCODE, spaced);
  }

  /** The address as typed, without surrounding spaces. */
  public static Optional<String> email(String raw) {
    String email = raw == null ? "" : raw.strip();
    return email.length() > MAX_EMAIL ? Optional.empty() : matching(EMAIL, email);
  }

  /** The number as typed (spaces collapsed), when it is a UK number of the right length. */
  public static Optional<String> phone(String raw) {
    String phone = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (phone.length() > MAX_PHONE || !PHONE_CHARACTERS.matcher(phone).matches()) {
      return Optional.empty();
    }
    String digits = phone.replace("(0)", "").replaceAll("[ ()-]", "");
    return PHONE_DIGITS.matcher(digits).matches() ? Optional.of(phone) : Optional.empty();
  }

  /** {@code "000001"}, {@code "00 00 01"} and {@code "00-00-01"} become {@code "00-00-01"}. */
  public static Optional<String> sortCode(String raw) {
    String digits = compact(raw).replace("-", "");
    if (digits.length() != 6) {
      return Optional.empty();
    }
    return matching(SORT_CODE, digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4));
  }

  /** Eight digits; spaces and dashes typed between them are dropped. */
  public static Optional<String> accountNumber(String raw) {
    return matching(ACCOUNT_NUMBER, compact(raw).replace("-", ""));
  }

  public static Optional<String> charityNumber(String raw) {
    return matching(CHARITY_NUMBER, compact(raw).toUpperCase(Locale.ROOT));
  }

  /** Upper case; a number typed without its leading zeros gets them back ({@code 1234567}). */
  public static Optional<String> companyNumber(String raw) {
    String number = compact(raw).toUpperCase(Locale.ROOT);
    if (number.matches("^[0-9]{6,7}$")) {
      number = "0".repeat(8 - number.length()) + number;
    }
    return matching(COMPANY_NUMBER, number);
  }

  /** {@code ****5678}: the last four digits only. */
  public static String maskAccountNumber(String accountNumber) {
    if (accountNumber == null || accountNumber.length() < 4) {
      return null;
    }
    return "****" + accountNumber.substring(accountNumber.length() - 4);
  }

  /** True when {@code value} is absent or already in the form {@code format} gives for it. */
  static boolean storedForm(String value, java.util.function.Function<String, Optional<String>> format) {
    return value == null || format.apply(value).filter(value::equals).isPresent();
  }

  private static String compact(String raw) {
    return raw == null ? "" : raw.replaceAll("\\s+", "");
  }

  private static Optional<String> matching(Pattern pattern, String value) {
    return pattern.matcher(value).matches() ? Optional.of(value) : Optional.empty();
  }
}
