package org.grantwell.db.bid.rules;

import java.time.Instant;
import java.util.List;

/** Test helper: run the validator and keep the violations of one rule. */
final class Checks {

  private static final BidValidator VALIDATOR = new BidValidator();

  private Checks() {}

  static List<Violation> check(BidBuilder bid, RoundRules rules) {
    return check(bid, rules, AreaContext.NONE);
  }

  static List<Violation> check(BidBuilder bid, RoundRules rules, AreaContext area) {
    return VALIDATOR.check(bid.build(), rules, area);
  }

  static List<Violation> submit(BidBuilder bid, RoundRules rules, Instant now) {
    return VALIDATOR.checkForSubmission(bid.build(), rules, AreaContext.NONE, now);
  }

  static List<Violation> only(RuleCode code, List<Violation> violations) {
    return violations.stream().filter(v -> v.code() == code).toList();
  }
}
