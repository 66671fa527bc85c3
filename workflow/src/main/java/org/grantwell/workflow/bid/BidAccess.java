package org.grantwell.workflow.bid;

import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.TeamMember;
import org.grantwell.workflow.security.Caller;

/**
 * Who may read and edit a bid. Read: the lead organisation, the area's PCC office (it ranks the
 * area's bids and signs off partner-led ones), the round's funder, and national roles. Edit: the
 * lead organisation's bidders on the bid's team (EDIT everything, BUDGET only the budget and match
 * funding; READ members and everyone else only read).
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

  /** Lead organisation's bidder on the bid team with EDIT or BUDGET access. */
  static boolean canEdit(Caller caller, Bid bid) {
    return caller.organisationId().equals(bid.getLeadOrganisation().getId())
        && BidService.BIDDER_ROLES.stream().anyMatch(caller::hasRole)
        && bid.accessOf(caller.userId()).filter(access -> access != TeamMember.Access.READ).isPresent();
  }

  /** Whether the caller may change everything, not only the budget and the match funding. */
  static boolean canEditAll(Caller caller, Bid bid) {
    return canEdit(caller, bid) && bid.accessOf(caller.userId()).orElseThrow() == TeamMember.Access.EDIT;
  }
}
