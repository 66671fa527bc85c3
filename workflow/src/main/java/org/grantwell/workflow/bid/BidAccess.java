package org.grantwell.workflow.bid;

import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.security.Caller;

/**
 * Who may read and edit a bid. Read: the lead organisation, the area's PCC office (it ranks the
 * area's bids and signs off partner-led ones), the round's funder, and national roles. Edit: the
 * lead organisation's bidders.
 */
final class BidAccess {

  private BidAccess() {}

  static boolean canRead(Caller caller, Bid bid) {
    Long organisation = caller.organisationId();
    return caller.isNational()
        || organisation.equals(bid.getLeadOrganisation().getId())
        || organisation.equals(bid.getPccOffice().getId())
        || organisation.equals(bid.getRound().getFunder().getId());
  }

  static boolean canEdit(Caller caller, Bid bid) {
    return caller.organisationId().equals(bid.getLeadOrganisation().getId())
        && BidService.BIDDER_ROLES.stream().anyMatch(caller::hasRole);
  }
}
