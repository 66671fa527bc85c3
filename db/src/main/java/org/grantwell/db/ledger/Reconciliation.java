package org.grantwell.db.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.grantwell.db.shared.Money;

/**
 * The balance rows of a round checked against the sums of its entries. The entries are the record;
 * a difference means a balance row no longer matches them (and is what to correct).
 */
public record Reconciliation(long roundId, List<Difference> differences) implements java.io.Serializable {

  /**
   * One figure that differs.
   *
   * @param bidId the award's bid, or null for the round's own row
   * @param figure {@code pot}, {@code committed}, {@code paid} or {@code clawedBack}
   * @param fromEntries the sum of the entries
   * @param inBalance what the balance row holds (zero when there is no row)
   */
  public record Difference(Long bidId, String figure, Money fromEntries, Money inBalance) implements java.io.Serializable {}

  public Reconciliation {
    differences = List.copyOf(differences);
  }

  public boolean isBalanced() {
    return differences.isEmpty();
  }

  /** Compares what the entries sum to with the stored rows (absent rows count as zero). */
  public static Reconciliation compare(
      long roundId, LedgerSums expected, Figures roundRow, Map<Long, Figures> awardRows) {
    List<Difference> differences = new ArrayList<>();
    compare(null, expected.round(), roundRow == null ? Figures.ZERO : roundRow, true, differences);
    Set<Long> bids = new TreeSet<>(expected.awards().keySet());
    bids.addAll(awardRows.keySet());
    for (Long bid : bids) {
      compare(
          bid,
          expected.awards().getOrDefault(bid, Figures.ZERO),
          awardRows.getOrDefault(bid, Figures.ZERO),
          false,
          differences);
    }
    return new Reconciliation(roundId, differences);
  }

  private static void compare(
      Long bid, Figures expected, Figures stored, boolean withPot, List<Difference> out) {
    if (withPot) {
      differ(bid, "pot", Figures::pot, expected, stored, out);
    }
    differ(bid, "committed", Figures::committed, expected, stored, out);
    differ(bid, "paid", Figures::paid, expected, stored, out);
    differ(bid, "clawedBack", Figures::clawedBack, expected, stored, out);
  }

  private static void differ(
      Long bid,
      String name,
      Function<Figures, Money> figure,
      Figures expected,
      Figures stored,
      List<Difference> out) {
    if (figure.apply(expected).compareTo(figure.apply(stored)) != 0) {
      out.add(new Difference(bid, name, figure.apply(expected), figure.apply(stored)));
    }
  }
}
