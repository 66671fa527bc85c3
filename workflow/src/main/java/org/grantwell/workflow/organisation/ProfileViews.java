package org.grantwell.workflow.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.grantwell.db.organisation.BankAccount;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationProfile;
import org.grantwell.db.organisation.ProfileDetails;

/**
 * A profile as views, bid snapshots and audit values: everywhere with the account number masked.
 */
final class ProfileViews {

  private ProfileViews() {}

  static ProfileView view(Organisation organisation, Optional<OrganisationProfile> profile, boolean editable) {
    ProfileDetails details = profile.map(OrganisationProfile::details).orElse(ProfileDetails.EMPTY);
    ProfileDetails.Governance governance = details.governance();
    return new ProfileView(
        organisation.getId(),
        organisation.getName(),
        organisation.getType().name(),
        organisation.getOrgIdentifier(),
        profile.map(OrganisationProfile::getVersion).orElse(0L),
        address(details.registeredAddress()),
        contact(details.mainContact()),
        finance(details.financeContact()),
        bank(details.bankAccount()),
        new ProfileView.Governance(
            name(governance.legalStatus()),
            governance.charityNumber(),
            governance.companyNumber(),
            governance.safeguardingPolicyDate(),
            governance.accountsYearEnd()),
        editable,
        profile.map(OrganisationProfile::getUpdatedBy).orElse(null),
        profile.map(OrganisationProfile::getUpdatedAt).orElse(null));
  }

  static BidProfileSnapshot snapshot(Organisation organisation, Optional<OrganisationProfile> profile) {
    ProfileDetails details = profile.map(OrganisationProfile::details).orElse(ProfileDetails.EMPTY);
    ProfileDetails.Governance governance = details.governance();
    return new BidProfileSnapshot(
        organisation.getId(),
        organisation.getName(),
        organisation.getOrgIdentifier(),
        address(details.registeredAddress()),
        contact(details.mainContact()),
        finance(details.financeContact()),
        name(governance.legalStatus()),
        governance.charityNumber(),
        governance.companyNumber(),
        bank(details.bankAccount()),
        profile.map(OrganisationProfile::getVersion).orElse(0L));
  }

  /** What the audit record keeps of a profile: every field, the account number masked. */
  static Map<String, Object> audit(ProfileDetails details) {
    Map<String, Object> values = new LinkedHashMap<>();
    ProfileDetails.Address address = details.registeredAddress();
    values.put("addressLine1", address.line1());
    values.put("addressLine2", address.line2());
    values.put("town", address.town());
    values.put("postcode", address.postcode());
    ProfileDetails.Contact main = details.mainContact();
    values.put("mainContactName", main.name());
    values.put("mainContactRole", main.role());
    values.put("mainContactEmail", main.email());
    values.put("mainContactPhone", main.phone());
    values.put("financeContactName", details.financeContact().name());
    values.put("financeContactEmail", details.financeContact().email());
    BankAccount bank = details.bankAccount();
    values.put("bankAccountName", bank == null ? null : bank.accountName());
    values.put("bankSortCode", bank == null ? null : bank.sortCode());
    values.put("bankAccountNumber", bank == null ? null : bank.maskedNumber());
    ProfileDetails.Governance governance = details.governance();
    values.put("legalStatus", name(governance.legalStatus()));
    values.put("charityNumber", governance.charityNumber());
    values.put("companyNumber", governance.companyNumber());
    values.put("safeguardingPolicyDate", governance.safeguardingPolicyDate());
    values.put("accountsYearEnd", governance.accountsYearEnd());
    return values;
  }

  /**
   * The audit values after a change. Two numbers may share their last four digits, so a masked
   * number alone would hide a change of account: {@code bankAccountNumberChanged} records it.
   */
  static Map<String, Object> auditAfter(ProfileDetails before, ProfileDetails after) {
    Map<String, Object> values = audit(after);
    values.put("bankAccountNumberChanged", !Objects.equals(number(before), number(after)));
    return values;
  }

  private static String number(ProfileDetails details) {
    return details == null || details.bankAccount() == null ? null : details.bankAccount().accountNumber();
  }

  private static ProfileView.Address address(ProfileDetails.Address address) {
    return new ProfileView.Address(address.line1(), address.line2(), address.town(), address.postcode());
  }

  private static ProfileView.Contact contact(ProfileDetails.Contact contact) {
    return new ProfileView.Contact(contact.name(), contact.role(), contact.email(), contact.phone());
  }

  private static ProfileView.FinanceContact finance(ProfileDetails.FinanceContact contact) {
    return new ProfileView.FinanceContact(contact.name(), contact.email());
  }

  private static ProfileView.BankAccount bank(BankAccount bank) {
    return bank == null
        ? new ProfileView.BankAccount(null, null, null)
        : new ProfileView.BankAccount(bank.accountName(), bank.sortCode(), bank.maskedNumber());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
