package org.grantwell.db.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grantwell.db.shared.Money;

/**
 * Shares a pot between keys (force areas, organisations) in proportion to their weights, to the
 * penny, by the largest-remainder method: each key gets the whole pence of its exact share, and the
 * pence left over go one each to the keys with the largest remainders (ties to the earlier key in
 * the map's order). The shares sum exactly to the pot and each is within a penny of its exact
 * share. All arithmetic is on whole numbers, so nothing is rounded along the way.
 */
public final class AllocationFormula {

  private AllocationFormula() {}

  /**
   * @return each key's share, in the weights' iteration order
   * @throws IllegalArgumentException when there are no weights, a weight is not positive, or the pot
   *     is negative
   */
  public static <K> Map<K, Money> share(Money pot, Map<K, BigDecimal> weights) {
    if (pot == null || pot.isNegative()) {
      throw new IllegalArgumentException("A pot to share cannot be negative: " + pot);
    }
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("A pot is shared between at least one weight");
    }
    int scale = 0;
    for (Map.Entry<K, BigDecimal> weight : weights.entrySet()) {
      if (weight.getValue() == null || weight.getValue().signum() <= 0) {
        throw new IllegalArgumentException("The weight of " + weight.getKey() + " must be positive, not " + weight.getValue());
      }
      scale = Math.max(scale, weight.getValue().stripTrailingZeros().scale());
    }
    BigInteger pence = pot.amount().movePointRight(Money.SCALE).toBigIntegerExact();
    List<Part<K>> parts = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (Map.Entry<K, BigDecimal> weight : weights.entrySet()) {
      BigInteger whole = weight.getValue().movePointRight(scale).toBigIntegerExact();
      parts.add(new Part<>(weight.getKey(), whole, parts.size()));
      total = total.add(whole);
    }
    BigInteger left = pence;
    for (Part<K> part : parts) {
      BigInteger[] quotient = pence.multiply(part.weight).divideAndRemainder(total);
      part.pence = quotient[0];
      part.remainder = quotient[1];
      left = left.subtract(quotient[0]);
    }
    List<Part<K>> byRemainder = new ArrayList<>(parts);
    byRemainder.sort(
        Comparator.<Part<K>, BigInteger>comparing(p -> p.remainder).reversed().thenComparingInt(p -> p.order));
    for (int i = 0; i < left.intValueExact(); i++) {
      Part<K> part = byRemainder.get(i);
      part.pence = part.pence.add(BigInteger.ONE);
    }
    Map<K, Money> shares = new LinkedHashMap<>();
    for (Part<K> part : parts) {
      shares.put(part.key, Money.of(new BigDecimal(part.pence, Money.SCALE)));
    }
    return shares;
  }

  /** One key's weight (as a whole number), whole pence so far and remainder. */
  private static final class Part<K> {
    private final K key;
    private final BigInteger weight;
    private final int order;
    private BigInteger pence;
    private BigInteger remainder;

    private Part(K key, BigInteger weight, int order) {
      this.key = key;
      this.weight = weight;
      this.order = order;
    }
  }
}
