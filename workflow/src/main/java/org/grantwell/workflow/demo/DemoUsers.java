package org.grantwell.workflow.demo;

import java.util.List;
import java.util.Set;
import org.grantwell.workflow.model.CandidateGroups;

/** The demo users: one per role, so that anyone can walk through every part of Grantwell. */
public final class DemoUsers {

  /** The password of every demo user (stored only as a PBKDF2 hash). */
  public static final String PASSWORD = "grantwell-demo";

  /**
   * A demo user: the organisation is named by a force area code (its PCC office) or by the
   * organisation's name.
   */
  public record DemoUser(
      String username,
      String displayName,
      String organisation,
      String homeForceArea,
      Set<String> roles,
      String description) implements java.io.Serializable {}

  public static final String AVON = "avon-and-somerset";
  public static final String WEST_YORKSHIRE = "west-yorkshire";
  public static final String BRISTOL = "Bristol City Council";
  public static final String HAVEN = "Haven Women's Aid (demo)";
  public static final String HOME_OFFICE = "Home Office";
  public static final String MOJ = "Ministry of Justice";

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("bidder.avon", "Alex Morgan", AVON, AVON, Set.of(CandidateGroups.PCC_BIDDER),
              "drafts bids for the Avon and Somerset PCC office"),
          new DemoUser("signoff.avon", "Sam Patel", AVON, AVON, Set.of(CandidateGroups.PCC_SIGNOFF),
              "chief executive, Avon and Somerset PCC office: signs bids off"),
          new DemoUser("finance.avon", "Jo Williams", AVON, AVON,
              Set.of(CandidateGroups.FINANCE_LEAD, CandidateGroups.PCC_SIGNOFF),
              "finance lead, Avon and Somerset PCC office"),
          new DemoUser("bidder.wyorks", "Priya Shah", WEST_YORKSHIRE, WEST_YORKSHIRE,
              Set.of(CandidateGroups.PCC_BIDDER), "drafts bids for the West Yorkshire mayor's office"),
          new DemoUser("signoff.wyorks", "Imran Hussain", WEST_YORKSHIRE, WEST_YORKSHIRE,
              Set.of(CandidateGroups.PCC_SIGNOFF), "signs off bids for the West Yorkshire mayor's office"),
          new DemoUser("bidder.bristol", "Chris Evans", BRISTOL, AVON,
              Set.of(CandidateGroups.PARTNER_BIDDER),
              "Bristol City Council, leads a bid in Avon and Somerset"),
          new DemoUser("provider.haven", "Morgan Lewis", HAVEN, AVON,
              Set.of(CandidateGroups.PROVIDER_BIDDER),
              "a victims' charity bidding to Avon and Somerset"),
          new DemoUser("assessor1.avon", "Nia Roberts", AVON, AVON, Set.of(CandidateGroups.ASSESSOR),
              "assesses providers' bids to the Avon and Somerset PCC office"),
          new DemoUser("assessor2.avon", "Owen Price", AVON, AVON, Set.of(CandidateGroups.ASSESSOR),
              "assesses providers' bids to the Avon and Somerset PCC office"),
          new DemoUser("commissioner.avon", "Grace Taylor", AVON, AVON,
              Set.of(CandidateGroups.PANEL, CandidateGroups.GRANT_OFFICER),
              "decides the office's local awards and verifies its providers' returns"),
          new DemoUser("assessor.kent", "Ruth Okafor", HOME_OFFICE, "kent",
              Set.of(CandidateGroups.ASSESSOR), "assessor whose home force area is Kent"),
          new DemoUser("assessor.cumbria", "Tom Hughes", HOME_OFFICE, "cumbria",
              Set.of(CandidateGroups.ASSESSOR), "assessor whose home force area is Cumbria"),
          new DemoUser("assessor.durham", "Liam Walsh", HOME_OFFICE, "durham",
              Set.of(CandidateGroups.ASSESSOR), "assessor whose home force area is Durham"),
          new DemoUser("panel.ho", "Helen Clarke", HOME_OFFICE, null, Set.of(CandidateGroups.PANEL),
              "Home Office moderation and decision panel"),
          new DemoUser("officer.ho", "David Brown", HOME_OFFICE, null,
              Set.of(CandidateGroups.GRANT_OFFICER), "Home Office grant officer"),
          new DemoUser("officer.moj", "Aisha Khan", MOJ, null, Set.of(CandidateGroups.GRANT_OFFICER),
              "Ministry of Justice grant officer"),
          new DemoUser("finance.national", "Gareth Jones", MOJ, null,
              Set.of(CandidateGroups.NATIONAL_FINANCE), "national finance lead: reads every allocation"),
          new DemoUser("admin", "Grantwell Administrator", HOME_OFFICE, null,
              Set.of(CandidateGroups.ADMIN), "administrator"));

  private DemoUsers() {}
}
