package org.grantwell.workflow.ledger;

import org.grantwell.db.ledger.Figures;
import org.grantwell.db.shared.Money;

/**
 * One award's money: committed, paid, clawed back, and what it may still pay ({@code outstanding} =
 * committed - paid - clawed back; negative when the recipient owes money back).
 */
public record AwardBalances(Money committed, Money paid, Money clawedBack, Money outstanding) implements java.io.Serializable {

  static AwardBalances of(Figures figures) {
    return new AwardBalances(
        figures.committed(), figures.paid(), figures.clawedBack(), figures.outstanding());
  }
}
