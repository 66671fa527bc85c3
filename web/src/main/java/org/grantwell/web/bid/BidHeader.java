package org.grantwell.web.bid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.bid.TeamMemberView;

/**
 * What the editor keeps of the last {@link BidView} it saw: who and what the bid is, its status, the
 * version a save must name, and who saved it last.
 */
public record BidHeader(
    long id,
    String reference,
    long version,
    String status,
    String roundName,
    String leadOrganisationName,
    String pccOfficeName,
    BigDecimal grantRequested,
    BigDecimal matchTotal,
    String updatedBy,
    Instant updatedAt)
    implements Serializable {

  /** A member of the bid team; {@code access} is {@code EDIT}, {@code BUDGET} or {@code READ}. */
  public record Member(String username, String displayName, String access) implements Serializable {

    public String accessLabel() {
      return EditorText.access(access);
    }
  }

  static BidHeader of(BidView view) {
    return new BidHeader(view.id(), view.reference(), view.version(), view.status(), view.roundName(),
        view.leadOrganisationName(), view.pccOfficeName(), view.grantRequested(), view.matchTotal(),
        view.updatedBy(), view.updatedAt());
  }

  static List<Member> team(List<TeamMemberView> members) {
    return members.stream().map(m -> new Member(m.username(), m.displayName(), m.access())).toList();
  }

  /** "Draft", "Awaiting sign-off": the status in words. */
  public String statusLabel() {
    String words = status.replace('_', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
