package org.grantwell.db.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an organisation says about itself once, so that no bid asks again: the registered address,
 * the main and finance contacts, the bank account grants are paid into and its governance. One per
 * organisation, keyed by the organisation's id; it exists from the first save.
 *
 * <p>Invariants: the details are replaced whole, as one checked {@link ProfileDetails}, and only
 * when they differ, so every version is a real change; bank details are all there or all absent;
 * the full account number is never handed out except inside {@link BankAccount}.
 */
@Entity
@Table(name = "organisation_profile")
public class OrganisationProfile {

  @Id
  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "address_town")
  private String addressTown;

  @Column(name = "address_postcode")
  private String addressPostcode;

  @Column(name = "main_contact_name")
  private String mainContactName;

  @Column(name = "main_contact_role")
  private String mainContactRole;

  @Column(name = "main_contact_email")
  private String mainContactEmail;

  @Column(name = "main_contact_phone")
  private String mainContactPhone;

  @Column(name = "finance_contact_name")
  private String financeContactName;

  @Column(name = "finance_contact_email")
  private String financeContactEmail;

  @Column(name = "bank_account_name")
  private String bankAccountName;

  @Column(name = "bank_sort_code")
  private String bankSortCode;

  @Column(name = "bank_account_number")
  private String bankAccountNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_status")
  private LegalStatus legalStatus;

  @Column(name = "charity_number")
  private String charityNumber;

  @Column(name = "company_number")
  private String companyNumber;

  @Column(name = "safeguarding_policy_date")
  private LocalDate safeguardingPolicyDate;

  @Column(name = "accounts_year_end")
  private LocalDate accountsYearEnd;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected OrganisationProfile() {}

  /** The first profile of an organisation. */
  public OrganisationProfile(long organisationId, ProfileDetails details, String actor, Instant at) {
    this.organisationId = organisationId;
    write(details, actor, at);
  }

  /**
   * Replaces the details when they differ from those held.
   *
   * @return false, changing nothing, when the details are the same
   */
  public boolean replace(ProfileDetails details, String actor, Instant at) {
    if (details().equals(details)) {
      return false;
    }
    write(details, actor, at);
    return true;
  }

  public ProfileDetails details() {
    return new ProfileDetails(
        new ProfileDetails.Address(addressLine1, addressLine2, addressTown, addressPostcode),
        new ProfileDetails.Contact(mainContactName, mainContactRole, mainContactEmail, mainContactPhone),
        new ProfileDetails.FinanceContact(financeContactName, financeContactEmail),
        bankAccountNumber == null ? null : new BankAccount(bankAccountName, bankSortCode, bankAccountNumber),
        new ProfileDetails.Governance(legalStatus, charityNumber, companyNumber, safeguardingPolicyDate, accountsYearEnd));
  }

  private void write(ProfileDetails details, String actor, Instant at) {
    Objects.requireNonNull(details, "details");
    ProfileDetails.Address address = details.registeredAddress();
    addressLine1 = address.line1();
    addressLine2 = address.line2();
    addressTown = address.town();
    addressPostcode = address.postcode();
    ProfileDetails.Contact main = details.mainContact();
    mainContactName = main.name();
    mainContactRole = main.role();
    mainContactEmail = main.email();
    mainContactPhone = main.phone();
    financeContactName = details.financeContact().name();
    financeContactEmail = details.financeContact().email();
    BankAccount bank = details.bankAccount();
    bankAccountName = bank == null ? null : bank.accountName();
    bankSortCode = bank == null ? null : bank.sortCode();
    bankAccountNumber = bank == null ? null : bank.accountNumber();
    ProfileDetails.Governance governance = details.governance();
    legalStatus = governance.legalStatus();
    charityNumber = governance.charityNumber();
    companyNumber = governance.companyNumber();
    safeguardingPolicyDate = governance.safeguardingPolicyDate();
    accountsYearEnd = governance.accountsYearEnd();
    updatedBy = Objects.requireNonNull(actor, "actor");
    updatedAt = Objects.requireNonNull(at, "at");
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrganisationProfile profile
        && organisationId != null
        && organisationId.equals(profile.organisationId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(organisationId);
  }
}
