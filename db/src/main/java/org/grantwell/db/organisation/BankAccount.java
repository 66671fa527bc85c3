package org.grantwell.db.organisation;

/**
 * The account a grant is paid into: only what a payment needs (the name on the account, the sort
 * code and the account number), no bank name, branch or IBAN. The account number leaves the
 * database only inside this value: views, bid snapshots and audit records carry {@link
 * #maskedNumber()} instead, and {@link #toString()} masks it too, so that it cannot reach a log.
 *
 * @param accountName the name on the account, as the bank holds it
 * @param sortCode {@code NN-NN-NN}
 * @param accountNumber eight digits
 */
public record BankAccount(String accountName, String sortCode, String accountNumber) implements java.io.Serializable {

  public BankAccount {
    if (accountName == null || accountName.isBlank() || accountName.length() > ProfileFormats.MAX_ACCOUNT_NAME) {
      throw new IllegalArgumentException("An account name is 1 to " + ProfileFormats.MAX_ACCOUNT_NAME + " characters");
    }
    if (sortCode == null || !ProfileFormats.storedForm(sortCode, ProfileFormats::sortCode)) {
      throw new IllegalArgumentException("A sort code is written NN-NN-NN");
    }
    if (accountNumber == null || !ProfileFormats.storedForm(accountNumber, ProfileFormats::accountNumber)) {
      throw new IllegalArgumentException("An account number is eight digits");
    }
  }

  /** {@code ****5678}. */
  public String maskedNumber() {
    return ProfileFormats.maskAccountNumber(accountNumber);
  }

  @Override
  public String toString() {
    return "BankAccount[" + accountName + ", " + sortCode + ", " + maskedNumber() + "]";
  }
}
