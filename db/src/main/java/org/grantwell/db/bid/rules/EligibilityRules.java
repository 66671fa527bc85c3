package org.grantwell.db.bid.rules;

import java.time.Instant;
import java.util.List;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.round.ApplicationWindow;

/** Who may lead a bid, and when a bid may be submitted. */
final class EligibilityRules {

  private EligibilityRules() {}

  static void leadType(BidCandidate bid, RoundRules rules, List<Violation> out) {
    OrganisationType lead = bid.leadType();
    if (lead != null && rules.eligibleLeadTypes().contains(lead)) {
      return;
    }
    List<String> accepted =
        rules.eligibleLeadTypes().stream().sorted().map(Texts::leadType).toList();
    String opening =
        lead == null
            ? "Choose the lead organisation"
            : "This round does not accept bids led by " + Texts.leadType(lead);
    String message =
        accepted.isEmpty()
            ? opening + "; this round names no eligible lead organisations"
            : opening + "; it accepts bids led by " + Texts.orList(accepted);
    out.add(new Violation(RuleCode.LEAD_TYPE_INELIGIBLE, "leadOrganisation", message));
  }

  /** Opens inclusive, closes exclusive, as {@link ApplicationWindow#contains(Instant)}. */
  static void window(RoundRules rules, Instant now, List<Violation> out) {
    ApplicationWindow window = rules.window();
    if (now.isBefore(window.opensAt())) {
      out.add(
          new Violation(
              RuleCode.WINDOW_NOT_OPEN,
              "round",
              "The round opens at "
                  + Texts.londonTime(window.opensAt())
                  + " (London time); bids can be submitted from then"));
    } else if (!window.contains(now)) {
      out.add(
          new Violation(
              RuleCode.WINDOW_CLOSED,
              "round",
              "The round closed at " + Texts.londonTime(window.closesAt()) + " (London time)"));
    }
  }
}
