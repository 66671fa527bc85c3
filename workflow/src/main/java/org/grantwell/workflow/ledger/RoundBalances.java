package org.grantwell.workflow.ledger;

import org.grantwell.db.ledger.Figures;
import org.grantwell.db.shared.Money;

/**
 * A round's money: the pot; what is committed to awards and what of the pot remains; what has been
 * paid and clawed back; and what the awards may still pay ({@code outstanding} = committed - paid -
 * clawed back).
 */
public record RoundBalances(
    Money pot, Money committed, Money remaining, Money paid, Money outstanding, Money clawedBack) implements java.io.Serializable {

  static RoundBalances of(Figures figures) {
    return new RoundBalances(
        figures.pot(),
        figures.committed(),
        figures.remaining(),
        figures.paid(),
        figures.outstanding(),
        figures.clawedBack());
  }
}
