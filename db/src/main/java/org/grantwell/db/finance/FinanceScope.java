package org.grantwell.db.finance;

/**
 * Which records a finance query reads: every round ({@link #all()}), or the rounds one
 * organisation funds plus, where bids are read, the bids it leads; optionally narrowed to one round
 * reference and one programme code.
 *
 * @param organisationId null for every organisation (national roles)
 * @param roundReference null or blank for every round
 * @param programmeCode null or blank for every programme
 */
public record FinanceScope(Long organisationId, String roundReference, String programmeCode) implements java.io.Serializable {

  public FinanceScope {
    roundReference = blankToNull(roundReference);
    programmeCode = blankToNull(programmeCode);
  }

  public static FinanceScope all() {
    return new FinanceScope(null, null, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
