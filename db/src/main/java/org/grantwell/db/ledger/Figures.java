package org.grantwell.db.ledger;

import java.util.Objects;
import org.grantwell.db.shared.Money;

/**
 * The four sums the ledger keeps for a round or an award (an award's pot is zero). {@code
 * remaining} is what the pot has left to commit; {@code outstanding} is what the award(s) may still
 * pay: committed less paid less clawed back, since a clawback is taken out of what the award still
 * owes (negative when the recipient owes money back).
 */
public record Figures(Money pot, Money committed, Money paid, Money clawedBack) implements java.io.Serializable {

  public static final Figures ZERO = new Figures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  public Figures {
    Objects.requireNonNull(pot, "pot");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(clawedBack, "clawedBack");
  }

  /** The change one entry of this type and amount makes. */
  public static Figures of(EntryType type, Money amount) {
    return switch (type.figure()) {
      case POT -> new Figures(amount, Money.ZERO, Money.ZERO, Money.ZERO);
      case COMMITTED -> new Figures(Money.ZERO, amount, Money.ZERO, Money.ZERO);
      case PAID -> new Figures(Money.ZERO, Money.ZERO, amount, Money.ZERO);
      case CLAWED_BACK -> new Figures(Money.ZERO, Money.ZERO, Money.ZERO, amount);
      case NONE -> ZERO;
    };
  }

  public Figures plus(Figures other) {
    return new Figures(
        pot.plus(other.pot),
        committed.plus(other.committed),
        paid.plus(other.paid),
        clawedBack.plus(other.clawedBack));
  }

  public Money remaining() {
    return pot.minus(committed);
  }

  public Money outstanding() {
    return committed.minus(paid).minus(clawedBack);
  }

  /** What was paid and not clawed back: the most a further clawback may take. */
  public Money paidNet() {
    return paid.minus(clawedBack);
  }
}
