package org.grantwell.db.bid.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one place where a bid is checked against its round's rules; the API, the pages and the
 * workflow all call it, so a bid that passes here passes everywhere. Stateless and thread-safe;
 * create it with {@code new}.
 *
 * <p>Invariants that hold for every result:
 *
 * <ul>
 *   <li>The grant requested is derived, always the sum of the budget lines; nothing typed in is
 *       trusted.
 *   <li>Money is compared exactly ({@code compareTo}); an amount equal to a limit is within it.
 *       Percentages round half-even to the penny, except the total-project-cost match requirement,
 *       which rounds up so the share is never short.
 *   <li>Each rule is judged on its own, so a draft sees every problem at once; the only exception
 *       is that a line in a foreign financial year is not also reported as outside the window.
 *   <li>Violations come in a stable order: by {@link RuleCode} declaration order, then by the index
 *       in the field path (zero-based; messages count from one).
 *   <li>{@link #check} never looks at a clock; only {@link #checkForSubmission} adds the window
 *       rule, against the instant it is given (opens inclusive, closes exclusive, said in London
 *       time).
 *   <li>The inputs are not changed; an empty list means the bid may go ahead.
 * </ul>
 */
public final class BidValidator {

  private static final Comparator<Violation> BY_RULE = Comparator.comparing(Violation::code);

  /** Every rule except the application window: for drafts, pages and assessment. */
  public List<Violation> check(BidCandidate bid, RoundRules rules, AreaContext area) {
    Objects.requireNonNull(bid, "bid");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(area, "area");
    List<Violation> out = new ArrayList<>();
    EligibilityRules.leadType(bid, rules, out);
    SizeRules.bidRange(bid, rules, out);
    SizeRules.yearCaps(bid, rules, out);
    SizeRules.areaBidLimit(rules, area, out);
    SizeRules.areaEnvelope(bid, rules, area, out);
    SizeRules.yearMove(bid, out);
    MatchFundingRule.check(bid, rules, out);
    BudgetLineRules.capitalShare(bid, rules, out);
    BudgetLineRules.timing(bid, rules, out);
    BudgetLineRules.category(bid, rules, out);
    BudgetLineRules.positiveAmounts(bid, out);
    CompletenessRules.requiredFields(bid, out);
    CompletenessRules.attachments(bid, rules, out);
    return sorted(out);
  }

  /** Every rule, including whether the round's window is open at {@code now}. */
  public List<Violation> checkForSubmission(
      BidCandidate bid, RoundRules rules, AreaContext area, Instant now) {
    Objects.requireNonNull(now, "now");
    List<Violation> out = new ArrayList<>(check(bid, rules, area));
    EligibilityRules.window(rules, now, out);
    return sorted(out);
  }

  /** Stable sort: within one rule the emission order (by index) is kept. */
  private static List<Violation> sorted(List<Violation> violations) {
    List<Violation> copy = new ArrayList<>(violations);
    copy.sort(BY_RULE);
    return List.copyOf(copy);
  }
}
