package org.grantwell.workflow.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.grantwell.db.bid.Bid;
import org.grantwell.workflow.bid.BidAccessPolicy;
import org.grantwell.workflow.security.Caller;

/** Which tasks a caller may see and take: offered to one of their roles, about a bid they may see. */
@ApplicationScoped
public class TaskAccess {

  /**
   * A task about no bid (none yet) is seen by its candidates; one about a bid, by those who may
   * read the bid and belong to the side that acts on it (the lead organisation, the area's PCC
   * office or the round's funder; national roles see all).
   */
  boolean canSee(Caller caller, Optional<Bid> bid, String taskKey) {
    org.grantwell.workflow.lifecycle.TaskSide side = org.grantwell.workflow.lifecycle.TaskSide.of(taskKey);
    return bid.map(b -> BidAccessPolicy.canRead(caller, b)
            && (side == null || caller.isNational() || side.includes(caller, b)))
        .orElse(true);
  }

  boolean isCandidate(Caller caller, List<IdentityLink> links) {
    return links.stream()
        .anyMatch(
            link ->
                IdentityLinkType.CANDIDATE.equals(link.getType())
                    && ((link.getGroupId() != null && caller.hasRole(link.getGroupId()))
                        || caller.username().equals(link.getUserId())));
  }
}
