package org.grantwell.db.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything an organisation profile says, as one immutable value: its parts are never null, their
 * fields are null where nothing is known yet (a profile is filled in over time). Every part checks
 * its own shapes with {@link ProfileFormats}, so only stored forms get in.
 *
 * @param bankAccount null when no bank details are held
 */
public record ProfileDetails(
    Address registeredAddress,
    Contact mainContact,
    FinanceContact financeContact,
    BankAccount bankAccount,
    Governance governance) implements java.io.Serializable {

  /** A profile that says nothing yet: what an organisation without a profile row has. */
  public static final ProfileDetails EMPTY =
      new ProfileDetails(Address.EMPTY, Contact.EMPTY, FinanceContact.EMPTY, null, Governance.EMPTY);

  public ProfileDetails {
    Objects.requireNonNull(registeredAddress, "registeredAddress");
    Objects.requireNonNull(mainContact, "mainContact");
    Objects.requireNonNull(financeContact, "financeContact");
    Objects.requireNonNull(governance, "governance");
  }

  /** The registered address. */
  public record Address(String line1, String line2, String town, String postcode) implements java.io.Serializable {
    public static final Address EMPTY = new Address(null, null, null, null);

    public Address {
      check(line1, ProfileFormats.MAX_ADDRESS_LINE, "address line 1");
      check(line2, ProfileFormats.MAX_ADDRESS_LINE, "address line 2");
      check(town, ProfileFormats.MAX_TOWN, "town");
      if (!ProfileFormats.storedForm(postcode, ProfileFormats::postcode)) {
        throw new IllegalArgumentException("Not a UK postcode: " + postcode);
      }
    }
  }

  /** The person a funder talks to about the organisation's bids. */
  public record Contact(String name, String role, String email, String phone) implements java.io.Serializable {
    public static final Contact EMPTY = new Contact(null, null, null, null);

    public Contact {
      check(name, ProfileFormats.MAX_NAME, "contact name");
      check(role, ProfileFormats.MAX_ROLE, "contact role");
      checkEmail(email);
      if (!ProfileFormats.storedForm(phone, ProfileFormats::phone)) {
        throw new IllegalArgumentException("Not a UK phone number: " + phone);
      }
    }
  }

  /** The person who answers for grant claims and payments. */
  public record FinanceContact(String name, String email) implements java.io.Serializable {
    public static final FinanceContact EMPTY = new FinanceContact(null, null);

    public FinanceContact {
      check(name, ProfileFormats.MAX_NAME, "finance contact name");
      checkEmail(email);
    }
  }

  /**
   * Legal status, registration numbers and the dates a funder checks before it pays: when the
   * safeguarding policy was last adopted and the year-end of the latest accounts.
   */
  public record Governance(
      LegalStatus legalStatus,
      String charityNumber,
      String companyNumber,
      LocalDate safeguardingPolicyDate,
      LocalDate accountsYearEnd) implements java.io.Serializable {
    public static final Governance EMPTY = new Governance(null, null, null, null, null);

    public Governance {
      if (!ProfileFormats.storedForm(charityNumber, ProfileFormats::charityNumber)) {
        throw new IllegalArgumentException("Not a charity number: " + charityNumber);
      }
      if (!ProfileFormats.storedForm(companyNumber, ProfileFormats::companyNumber)) {
        throw new IllegalArgumentException("Not a company number: " + companyNumber);
      }
    }
  }

  private static void check(String text, int max, String what) {
    if (text != null && (text.isBlank() || text.length() > max || !text.equals(text.strip()))) {
      throw new IllegalArgumentException("A " + what + " is 1 to " + max + " characters without surrounding spaces");
    }
  }

  private static void checkEmail(String email) {
    if (!ProfileFormats.storedForm(email, ProfileFormats::email)) {
      throw new IllegalArgumentException("Not an email address: " + email);
    }
  }
}
