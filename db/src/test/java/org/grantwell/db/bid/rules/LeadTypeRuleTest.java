package org.grantwell.db.bid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantwell.db.bid.rules.Checks.check;
import static org.grantwell.db.bid.rules.Checks.only;

import java.util.Set;
import org.grantwell.db.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

class LeadTypeRuleTest {

  /** Safer Streets round 2: PCCs and local authorities may lead. */
  private final RoundRules pccOrCouncil =
      SaferStreets4.round()
          .eligibleLeadTypes(Set.of(OrganisationType.PCC_OFFICE, OrganisationType.LOCAL_AUTHORITY))
          .build();

  @Test
  void shouldAcceptLeadWhenTypeIsEligible() {
    BidBuilder bid = SaferStreets4.validBid().lead(OrganisationType.LOCAL_AUTHORITY);

    assertThat(only(RuleCode.LEAD_TYPE_INELIGIBLE, check(bid, pccOrCouncil))).isEmpty();
  }

  @Test
  void shouldRejectLeadWhenTypeIsNotEligible() {
    BidBuilder bid = SaferStreets4.validBid().lead(OrganisationType.BRITISH_TRANSPORT_POLICE);

    assertThat(only(RuleCode.LEAD_TYPE_INELIGIBLE, check(bid, pccOrCouncil)))
        .containsExactly(
            new Violation(
                RuleCode.LEAD_TYPE_INELIGIBLE,
                "leadOrganisation",
                "This round does not accept bids led by British Transport Police; it accepts bids"
                    + " led by a Police and Crime Commissioner's office or a local authority"));
  }

  @Test
  void shouldRejectLeadWhenNoLeadIsChosen() {
    BidBuilder bid = SaferStreets4.validBid().lead(null);

    assertThat(only(RuleCode.LEAD_TYPE_INELIGIBLE, check(bid, pccOrCouncil)))
        .extracting(Violation::message)
        .singleElement()
        .asString()
        .startsWith("Choose the lead organisation;");
  }
}
