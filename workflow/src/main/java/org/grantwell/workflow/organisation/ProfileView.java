package org.grantwell.workflow.organisation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organisation profile as the API and the pages show it. Its parts are never null; their fields
 * are null where nothing is known yet. The bank account number appears only masked.
 *
 * @param version 0 while the organisation has no profile yet; send it back with the edit
 * @param editable whether the caller may save it
 * @param updatedBy null while there is no profile yet
 */
public record ProfileView(
    long organisationId,
    String organisationName,
    String organisationType,
    String orgIdentifier,
    long version,
    Address registeredAddress,
    Contact mainContact,
    FinanceContact financeContact,
    BankAccount bankAccount,
    Governance governance,
    boolean editable,
    String updatedBy,
    Instant updatedAt) implements java.io.Serializable {

  /** The registered address; {@code postcode} as {@code BS1 5TR}. */
  public record Address(String line1, String line2, String town, String postcode) implements java.io.Serializable {}

  /** The main contact for bids. */
  public record Contact(String name, String role, String email, String phone) implements java.io.Serializable {}

  /** The contact for claims and payments. */
  public record FinanceContact(String name, String email) implements java.io.Serializable {}

  /**
   * The bank account, its number masked ({@code ****5678}); all null when none is held.
   *
   * @param sortCode {@code NN-NN-NN}
   */
  public record BankAccount(String accountName, String sortCode, String accountNumberMasked) implements java.io.Serializable {}

  /** Governance; {@code legalStatus} is a {@code LegalStatus} name. */
  public record Governance(
      String legalStatus,
      String charityNumber,
      String companyNumber,
      LocalDate safeguardingPolicyDate,
      LocalDate accountsYearEnd) implements java.io.Serializable {}
}
