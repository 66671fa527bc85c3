package org.grantwell.db.bid;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.bid.rules.AttachmentData;
import org.grantwell.db.bid.rules.BidCandidate;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.round.FundingRound;

/**
 * A bid to a funding round, led by one organisation in one force area and naming that area's PCC
 * office (which ranks the area's bids and signs off partner-led ones). Invariants: only a draft
 * changes; the grant requested is never stored, it is the sum of the budget lines; every change
 * bumps the version, so a stale edit is refused.
 */
@Entity
@Table(name = "bid")
@NamedQuery(name = "Bid.findByReference", query = "SELECT b FROM Bid b WHERE b.reference = :reference")
public class Bid {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bid_seq")
  @SequenceGenerator(name = "bid_seq", sequenceName = "bid_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funding_round_id")
  private FundingRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lead_organisation_id")
  private Organisation leadOrganisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "force_area_id")
  private ForceArea forceArea;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pcc_office_id")
  private Organisation pccOffice;

  @Column(nullable = false)
  private String title = "";

  @Column(nullable = false)
  private String summary = "";

  @Column(name = "problem_statement", nullable = false)
  private String problemStatement = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BidStatus status = BidStatus.DRAFT;

  @Column(name = "year_move_approved", nullable = false)
  private boolean yearMoveApproved;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "bid_intervention", joinColumns = @JoinColumn(name = "bid_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "intervention", nullable = false)
  private Set<Intervention> interventions = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "bid_location", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<BidLocation> locations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<BudgetLine> budgetLines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "match_contribution", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<MatchContribution> matchFunding = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "outcome_target", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<OutcomeTarget> outcomes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "bid_risk", joinColumns = @JoinColumn(name = "bid_id"))
  @OrderColumn(name = "position")
  private List<BidRisk> risks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "bid_team_member", joinColumns = @JoinColumn(name = "bid_id"))
  private List<TeamMember> team = new ArrayList<>();

  @Column(name = "applicant_profile")
  private String applicantProfile;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** The PCC office's ranking of the bid among its area's bids in the round (1 = first). */
  @Column(name = "area_rank")
  private Integer areaRank;

  @Version private long version;

  protected Bid() {}

  /** A new draft; the reference is assigned once the bid has its id. */
  public Bid(
      FundingRound round,
      Organisation leadOrganisation,
      ForceArea forceArea,
      Organisation pccOffice,
      String createdBy,
      Long creatorId,
      Instant now) {
    this.round = Objects.requireNonNull(round, "round");
    this.leadOrganisation = Objects.requireNonNull(leadOrganisation, "leadOrganisation");
    this.forceArea = Objects.requireNonNull(forceArea, "forceArea");
    this.pccOffice = Objects.requireNonNull(pccOffice, "pccOffice");
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedBy = createdBy;
    this.updatedAt = now;
    this.team.add(new TeamMember(creatorId, TeamMember.Access.EDIT));
  }

  /** Gives the bid its business key, once, from the id it was stored under. */
  public void assignReference(String reference) {
    if (this.reference != null) {
      throw new IllegalStateException("Bid " + this.reference + " already has a reference");
    }
    this.reference = reference;
  }

  /** Keeps the lead organisation's profile as it was when the bid was started (JSON). */
  public void prefillApplicant(String profileJson) {
    this.applicantProfile = profileJson;
  }

  public String getApplicantProfile() {
    return applicantProfile;
  }

  /**
   * Sends the draft on for sign-off; from now on it changes only if it is returned to draft, and
   * the version sent is kept as a {@link BidVersion}.
   */
  public void sendForSignOff(String actor, Instant now) {
    if (status != BidStatus.DRAFT) {
      throw new IllegalStateException("Bid " + reference + " is " + status + ", not a draft");
    }
    status = BidStatus.AWAITING_SIGN_OFF;
    updatedBy = actor;
    updatedAt = now;
  }

  /** Records the process instance that carries the bid from now on (once). */
  public void attachProcess(String processInstanceId) {
    if (this.processInstanceId != null) {
      throw new IllegalStateException("Bid " + reference + " already runs in process " + this.processInstanceId);
    }
    this.processInstanceId = Objects.requireNonNull(processInstanceId, "processInstanceId");
  }

  /**
   * Moves the bid to the status its process instance has reached. Only the process does this: it
   * is where the bid stands, not something a person sets.
   */
  public void reachStage(BidStatus stage, Instant now) {
    this.status = Objects.requireNonNull(stage, "stage");
    this.updatedAt = now;
  }

  /** The PCC office's place for the bid among the area's bids (1 = first); null to clear it. */
  public void rankInArea(Integer rank, String actor, Instant now) {
    if (rank != null && rank < 1) {
      throw new IllegalArgumentException("A rank is 1 or more, not " + rank);
    }
    this.areaRank = rank;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Integer getAreaRank() {
    return areaRank;
  }

  /** What the given user may do on this bid's team, if they are on it. */
  public java.util.Optional<TeamMember.Access> accessOf(Long userId) {
    return team.stream().filter(m -> m.getUserId().equals(userId)).map(TeamMember::getAccess).findFirst();
  }

  /** Replaces the team; at least one member must be able to edit everything. */
  public void replaceTeam(List<TeamMember> members, String actor, Instant now) {
    if (members.stream().noneMatch(m -> m.getAccess() == TeamMember.Access.EDIT)) {
      throw new IllegalArgumentException("A bid team needs at least one member who may edit everything");
    }
    team = new ArrayList<>(members);
    updatedBy = actor;
    updatedAt = now;
  }

  /** Replaces what the bidder wrote; only a draft changes. */
  public void replaceContent(BidContent content, String actor, Instant now) {
    if (!status.isEditable()) {
      throw new IllegalStateException("Bid " + reference + " is " + status + " and can no longer be edited");
    }
    title = content.title();
    summary = content.summary();
    problemStatement = content.problemStatement();
    interventions = new HashSet<>(content.interventions());
    locations = new ArrayList<>(content.locations());
    budgetLines = new ArrayList<>(content.budgetLines().stream().map(BudgetLine::new).toList());
    matchFunding = new ArrayList<>();
    for (int i = 0; i < content.matchFunding().size(); i++) {
      String evidence = i < content.matchEvidence().size() ? content.matchEvidence().get(i) : null;
      matchFunding.add(new MatchContribution(content.matchFunding().get(i), evidence));
    }
    outcomes = new ArrayList<>(content.outcomes().stream().map(OutcomeTarget::new).toList());
    risks = new ArrayList<>(content.risks());
    updatedBy = actor;
    updatedAt = now;
  }

  /** What the rule validator checks, without the bid's attachments. */
  /** The grant asked for: the sum of the budget lines (reads only the budget, for lists). */
  public org.grantwell.db.shared.Money grantRequested() {
    return budgetLines.stream().map(line -> line.toData().amount())
        .reduce(org.grantwell.db.shared.Money.ZERO, org.grantwell.db.shared.Money::plus);
  }

  public BidCandidate toCandidate() {
    return toCandidate(List.of());
  }

  /**
   * What the rule validator checks, with the bid's attachments (stored apart from the bid, see
   * {@link AttachmentRepository#dataFor}) in the order the rules number them.
   */
  public BidCandidate toCandidate(List<AttachmentData> attachments) {
    return new BidCandidate(
        leadOrganisation.getType(),
        title,
        summary,
        problemStatement,
        interventions.stream().map(Enum::name).sorted().toList(),
        locations.stream().map(l -> l.getLocalAuthority() + ": " + l.getDescription()).toList(),
        budgetLines.stream().map(BudgetLine::toData).toList(),
        matchFunding.stream().map(MatchContribution::toData).toList(),
        outcomes.stream().map(OutcomeTarget::toData).toList(),
        attachments,
        null,
        yearMoveApproved);
  }

  public BidContent content() {
    return new BidContent(
        title,
        summary,
        problemStatement,
        interventions,
        locations,
        budgetLines.stream().map(BudgetLine::toData).toList(),
        matchFunding.stream().map(MatchContribution::toData).toList(),
        matchFunding.stream().map(MatchContribution::getEvidence).toList(),
        outcomes.stream().map(OutcomeTarget::toData).toList(),
        risks);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getTitle() {
    return title;
  }

  public FundingRound getRound() {
    return round;
  }

  public Organisation getLeadOrganisation() {
    return leadOrganisation;
  }

  public ForceArea getForceArea() {
    return forceArea;
  }

  public Organisation getPccOffice() {
    return pccOffice;
  }

  public BidStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<TeamMember> getTeam() {
    return List.copyOf(team);
  }

  public long getVersion() {
    return version;
  }
}
