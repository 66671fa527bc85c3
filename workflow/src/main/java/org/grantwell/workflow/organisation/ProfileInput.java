package org.grantwell.workflow.organisation;

/**
 * An organisation profile as a client sends it (PUT): the whole profile, replacing the one held.
 * Text as typed; {@link ProfileService} normalises it (postcode {@code BS1 5TR}, sort code {@code
 * NN-NN-NN}, dates {@code YYYY-MM-DD}) or refuses it with a message per field. A missing part is an
 * empty part, except the account number (below).
 *
 * @param version the version the client read: 0 when there was no profile yet (the first save
 *     creates it); a stale version is refused (409)
 */
public record ProfileInput(
    Long version,
    Address registeredAddress,
    Contact mainContact,
    FinanceContact financeContact,
    BankAccount bankAccount,
    Governance governance) implements java.io.Serializable {

  /** The registered address. */
  public record Address(String line1, String line2, String town, String postcode) implements java.io.Serializable {}

  /** The main contact for bids. */
  public record Contact(String name, String role, String email, String phone) implements java.io.Serializable {}

  /** The contact for claims and payments. */
  public record FinanceContact(String name, String email) implements java.io.Serializable {}

  /**
   * The bank account. Clients only ever see the number masked, so an empty {@code accountNumber}
   * (or the masked form they were shown, {@code ****5678}) keeps the number on file; send eight
   * digits to change it. Leave the name and sort code empty as well to remove the bank details.
   */
  public record BankAccount(String accountName, String sortCode, String accountNumber) implements java.io.Serializable {}

  /**
   * Governance.
   *
   * @param legalStatus CHARITY, CHARITABLE_COMPANY, COMPANY, PUBLIC_BODY or OTHER
   * @param safeguardingPolicyDate {@code YYYY-MM-DD}, not in the future
   * @param accountsYearEnd {@code YYYY-MM-DD}, not in the future
   */
  public record Governance(
      String legalStatus,
      String charityNumber,
      String companyNumber,
      String safeguardingPolicyDate,
      String accountsYearEnd) implements java.io.Serializable {}
}
