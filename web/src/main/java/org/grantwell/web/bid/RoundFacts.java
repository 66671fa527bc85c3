package org.grantwell.web.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grantwell.workflow.round.RoundView;

/** What the editor needs of the bid's round: its years and cost categories for the lists, and its limits in words. */
public record RoundFacts(
    String reference,
    String name,
    String funderName,
    Instant closesAt,
    BigDecimal minBid,
    BigDecimal maxBid,
    BigDecimal matchPercent,
    BigDecimal maxCapitalPercent,
    List<String> years,
    List<String> categories)
    implements Serializable {

  static RoundFacts of(RoundView round) {
    RoundView.Rules rules = round.rules();
    return new RoundFacts(round.reference(), round.name(), round.funderName(), round.closesAt(), round.minBid(),
        round.maxBid(), rules == null ? null : rules.matchPercent(), rules == null ? null : rules.maxCapitalPercent(),
        rules == null ? List.of() : List.copyOf(rules.financialYears()),
        rules == null ? List.of() : List.copyOf(rules.costCategories()));
  }

  /** The round's rules in a sentence, for the top of the editor. */
  public String summary() {
    StringBuilder out = new StringBuilder("Closes " + EditorText.dateTime(closesAt) + ". Bids from "
        + EditorText.money(minBid) + " to " + EditorText.money(maxBid));
    if (matchPercent != null && matchPercent.signum() > 0) {
      out.append("; match funding of at least ").append(matchPercent.stripTrailingZeros().toPlainString()).append('%');
    }
    if (maxCapitalPercent != null) {
      out.append("; at most ").append(maxCapitalPercent.stripTrailingZeros().toPlainString()).append("% capital");
    }
    return out.append('.').toString();
  }

  public boolean freeCategories() {
    return categories.isEmpty();
  }
}
