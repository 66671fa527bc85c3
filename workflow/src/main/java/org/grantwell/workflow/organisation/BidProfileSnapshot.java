package org.grantwell.workflow.organisation;

/**
 * What a new bid copies from its lead organisation's profile, so that the bid keeps the details it
 * was made with when the profile later changes: the 360Giving recipient organisation (name, org-id,
 * address, charity and company numbers), the contacts, the legal status and the bank account with
 * its number masked. The full account number is never part of it.
 *
 * @param orgIdentifier the 360Giving org-id ({@code GB-CHC-1070468}, {@code GB-LAE-BST}); null when
 *     none is known
 * @param legalStatus a {@code LegalStatus} name, or null
 * @param profileVersion the profile version copied; 0 when the organisation had no profile yet
 */
public record BidProfileSnapshot(
    long organisationId,
    String organisationName,
    String orgIdentifier,
    ProfileView.Address registeredAddress,
    ProfileView.Contact mainContact,
    ProfileView.FinanceContact financeContact,
    String legalStatus,
    String charityNumber,
    String companyNumber,
    ProfileView.BankAccount bankAccount,
    long profileVersion) implements java.io.Serializable {}
