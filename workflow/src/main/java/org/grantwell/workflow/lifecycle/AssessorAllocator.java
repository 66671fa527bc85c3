package org.grantwell.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwell.db.assessment.Assessment;
import org.grantwell.db.assessment.AssessmentRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.user.AppUser;
import org.grantwell.db.user.AppUserRepository;
import org.grantwell.workflow.model.CandidateGroups;

/**
 * Chooses a bid's assessors among the funder's people with the assessor role: never one from the
 * bid's own force area (for national rounds; a PCC office's own round is all one area), never one
 * already on the bid (a declared conflict included), the least busy first.
 */
@ApplicationScoped
public class AssessorAllocator {

  /** Every bid is scored by at least this many assessors. */
  public static final int ASSESSORS_PER_BID = 2;

  @Inject private AppUserRepository users;
  @Inject private AssessmentRepository assessments;

  /** Allocates the first assessors of a bid and opens their assessments. */
  public List<String> allocate(Bid bid, Instant now) {
    List<AppUser> chosen = candidates(bid).stream().limit(ASSESSORS_PER_BID).toList();
    if (chosen.size() < ASSESSORS_PER_BID) {
      throw new IllegalStateException(
          "Bid " + bid.getReference() + " needs " + ASSESSORS_PER_BID + " assessors of "
              + bid.getRound().getFunder().getName() + " from outside " + bid.getForceArea().getName()
              + " but only " + chosen.size() + " can take it; an administrator must add assessors");
    }
    List<String> names = new ArrayList<>();
    for (AppUser user : chosen) {
      assessments.add(new Assessment(bid, user.getUsername(), now));
      names.add(user.getUsername());
    }
    return names;
  }

  /** Another assessor for a bid, after one declared a conflict; opens their assessment. */
  public Optional<String> replace(Bid bid, Instant now) {
    Optional<AppUser> next = candidates(bid).stream().findFirst();
    next.ifPresent(user -> assessments.add(new Assessment(bid, user.getUsername(), now)));
    return next.map(AppUser::getUsername);
  }

  /** Whether a user may score this bid at all (role, organisation, force area). */
  public boolean mayAssess(AppUser user, Bid bid) {
    return user.getRoles().contains(CandidateGroups.ASSESSOR)
        && user.getOrganisation().getId().equals(bid.getRound().getFunder().getId())
        && !fromBidsArea(user, bid);
  }

  private List<AppUser> candidates(Bid bid) {
    Set<String> onBid =
        assessments.findByBid(bid).stream().map(Assessment::getAssessor).collect(Collectors.toSet());
    List<AppUser> eligible =
        users.findByOrganisationAndRole(bid.getRound().getFunder().getId(), CandidateGroups.ASSESSOR).stream()
            .filter(user -> !onBid.contains(user.getUsername()))
            .filter(user -> mayAssess(user, bid))
            .toList();
    // one query for everyone's workload (was one per comparison while sorting)
    java.util.Map<String, Long> open = assessments.countOpenFor(eligible.stream().map(AppUser::getUsername).toList());
    return eligible.stream()
        .sorted(Comparator.comparingLong((AppUser user) -> open.getOrDefault(user.getUsername(), 0L))
            .thenComparing(AppUser::getUsername))
        .toList();
  }

  private static boolean fromBidsArea(AppUser user, Bid bid) {
    if (bid.getRound().getFunder().getType() == OrganisationType.PCC_OFFICE) {
      return false;
    }
    return user.getHomeForceArea() != null && user.getHomeForceArea().getId().equals(bid.getForceArea().getId());
  }
}
