package org.grantwell.web.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import org.grantwell.workflow.organisation.ProfileInput;

/**
 * The profile as the page edits it: one property per input, filled from what the service shows and
 * turned back into the whole {@link ProfileInput} it replaces the profile with. The account number
 * starts empty, which keeps the number on file; the page shows the masked number beside it.
 */
public class ProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String addressLine1;
  private String addressLine2;
  private String town;
  private String postcode;
  private String contactName;
  private String contactRole;
  private String contactEmail;
  private String contactPhone;
  private String financeName;
  private String financeEmail;
  private String accountName;
  private String sortCode;
  private String accountNumber;
  private String legalStatus;
  private String charityNumber;
  private String companyNumber;
  private LocalDate safeguardingPolicyDate;
  private LocalDate accountsYearEnd;

  static ProfileForm of(org.grantwell.workflow.organisation.ProfileView view) {
    ProfileForm form = new ProfileForm();
    form.addressLine1 = view.registeredAddress().line1();
    form.addressLine2 = view.registeredAddress().line2();
    form.town = view.registeredAddress().town();
    form.postcode = view.registeredAddress().postcode();
    form.contactName = view.mainContact().name();
    form.contactRole = view.mainContact().role();
    form.contactEmail = view.mainContact().email();
    form.contactPhone = view.mainContact().phone();
    form.financeName = view.financeContact().name();
    form.financeEmail = view.financeContact().email();
    form.accountName = view.bankAccount().accountName();
    form.sortCode = view.bankAccount().sortCode();
    form.legalStatus = view.governance().legalStatus();
    form.charityNumber = view.governance().charityNumber();
    form.companyNumber = view.governance().companyNumber();
    form.safeguardingPolicyDate = view.governance().safeguardingPolicyDate();
    form.accountsYearEnd = view.governance().accountsYearEnd();
    return form;
  }

  ProfileInput toInput(long version) {
    return new ProfileInput(
        version,
        new ProfileInput.Address(addressLine1, addressLine2, town, postcode),
        new ProfileInput.Contact(contactName, contactRole, contactEmail, contactPhone),
        new ProfileInput.FinanceContact(financeName, financeEmail),
        new ProfileInput.BankAccount(accountName, sortCode, accountNumber),
        new ProfileInput.Governance(legalStatus, charityNumber, companyNumber, iso(safeguardingPolicyDate),
            iso(accountsYearEnd)));
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactRole() {
    return contactRole;
  }

  public void setContactRole(String contactRole) {
    this.contactRole = contactRole;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getFinanceName() {
    return financeName;
  }

  public void setFinanceName(String financeName) {
    this.financeName = financeName;
  }

  public String getFinanceEmail() {
    return financeEmail;
  }

  public void setFinanceEmail(String financeEmail) {
    this.financeEmail = financeEmail;
  }

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  public String getSortCode() {
    return sortCode;
  }

  public void setSortCode(String sortCode) {
    this.sortCode = sortCode;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getLegalStatus() {
    return legalStatus;
  }

  public void setLegalStatus(String legalStatus) {
    this.legalStatus = legalStatus;
  }

  public String getCharityNumber() {
    return charityNumber;
  }

  public void setCharityNumber(String charityNumber) {
    this.charityNumber = charityNumber;
  }

  public String getCompanyNumber() {
    return companyNumber;
  }

  public void setCompanyNumber(String companyNumber) {
    this.companyNumber = companyNumber;
  }

  public LocalDate getSafeguardingPolicyDate() {
    return safeguardingPolicyDate;
  }

  public void setSafeguardingPolicyDate(LocalDate safeguardingPolicyDate) {
    this.safeguardingPolicyDate = safeguardingPolicyDate;
  }

  public LocalDate getAccountsYearEnd() {
    return accountsYearEnd;
  }

  public void setAccountsYearEnd(LocalDate accountsYearEnd) {
    this.accountsYearEnd = accountsYearEnd;
  }
}
