package org.grantwell.db.organisation;

/**
 * What kind of legal body an organisation is, as its profile records it (360Giving's {@code
 * charityNumber} and {@code companyNumber} depend on it): a registered charity names its charity
 * number, a company its company number, a charitable company both.
 */
public enum LegalStatus {
  /** A registered charity that is not a company (a trust, an association or a CIO). */
  CHARITY,
  /** A charity that is also a company limited by guarantee. */
  CHARITABLE_COMPANY,
  /** A company, including a community interest company. */
  COMPANY,
  /** A public body: a PCC office, a combined authority, a local authority, a police force. */
  PUBLIC_BODY,
  /** Anything else, such as an exempt or excepted charity without a number. */
  OTHER;

  public boolean needsCharityNumber() {
    return this == CHARITY || this == CHARITABLE_COMPANY;
  }

  public boolean needsCompanyNumber() {
    return this == COMPANY || this == CHARITABLE_COMPANY;
  }
}
