package org.grantwell.workflow.finance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.grantwell.db.shared.FinancialQuarter;
import org.grantwell.db.shared.Money;

/**
 * What {@link SpendingWindowCalculator} needs of one funded award: the amount, the spending window
 * (start and spend-by, both days included), the agreed profile by quarter and the verified spend
 * by quarter, and whether the award is closed: a closed award's underspend is settled (clawed
 * back at closure), so none of its money is at risk.
 */
public record SpendFacts(
    String bidReference,
    String title,
    String roundReference,
    String programmeCode,
    String organisationName,
    Money amount,
    LocalDate spendStart,
    LocalDate spendBy,
    Map<FinancialQuarter, Money> profile,
    Map<FinancialQuarter, Money> verifiedSpend,
    boolean closed) implements java.io.Serializable {

  /** An award still in delivery (not closed). */
  public SpendFacts(String bidReference, String title, String roundReference, String programmeCode, String organisationName,
      Money amount, LocalDate spendStart, LocalDate spendBy, Map<FinancialQuarter, Money> profile,
      Map<FinancialQuarter, Money> verifiedSpend) {
    this(bidReference, title, roundReference, programmeCode, organisationName, amount, spendStart, spendBy, profile,
        verifiedSpend, false);
  }

  public SpendFacts {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(spendStart, "spendStart");
    Objects.requireNonNull(spendBy, "spendBy");
    if (spendBy.isBefore(spendStart)) {
      throw new IllegalArgumentException("A window cannot end before it starts: " + spendStart + " to " + spendBy);
    }
    profile = new TreeMap<>(profile);
    verifiedSpend = new TreeMap<>(verifiedSpend);
  }
}
