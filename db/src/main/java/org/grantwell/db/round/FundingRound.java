package org.grantwell.db.round;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Cache;
import org.grantwell.db.allocation.AllocationBasis;
import org.grantwell.db.area.ForceArea;
import org.grantwell.db.bid.rules.MatchBase;
import org.grantwell.db.bid.rules.MatchRule;
import org.grantwell.db.bid.rules.RoundRules;
import org.grantwell.db.organisation.Organisation;
import org.grantwell.db.organisation.OrganisationType;
import org.grantwell.db.programme.FundingProgramme;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.Stored;

/**
 * A round of a funding programme: its pot, application window and spending window. Invariants: the
 * window closes after it opens, spending ends after it starts, the minimum bid is not above the
 * maximum. The round's closing is recorded by the workflow's timer on the closing time.
 *
 * <p><b>Cached, checked against its version on every read.</b> Every request about a bid reads its
 * round's rules: the round's row and its five rule collections, six statements. The round is kept
 * in EclipseLink's shared cache, but no read takes it from there unseen ({@code disableHits}):
 * each read still selects the round's row, and only when its version is newer than the cached
 * copy's ({@code alwaysRefresh}, {@code refreshOnlyIfNewer}) is the copy rebuilt, collections and
 * all. A change made on another instance of a cluster is therefore read at once. Every change
 * raises the version, a change of a rule collection too (EclipseLink raises it for element
 * collections, which the round owns), so nothing changes a round without raising it: no SQL
 * outside this entity writes {@code funding_round} or its {@code round_*} tables.
 */
@Entity
@Cacheable
@Cache(alwaysRefresh = true, refreshOnlyIfNewer = true, disableHits = true)
@Table(name = "funding_round")
@NamedQuery(name = "FundingRound.findByReference", query = "SELECT r FROM FundingRound r WHERE r.reference = :reference")
@NamedQuery(name = "FundingRound.findAll", query = "SELECT r FROM FundingRound r ORDER BY r.closesAt DESC")
@NamedQuery(
    name = "FundingRound.findOpenAt",
    query = "SELECT r FROM FundingRound r WHERE r.opensAt <= :now AND r.closesAt > :now ORDER BY r.closesAt")
public class FundingRound {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_round_seq")
  @SequenceGenerator(name = "funding_round_seq", sequenceName = "funding_round_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id")
  private FundingProgramme programme;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funder_id")
  private Organisation funder;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(nullable = false)
  private Money pot;

  @Column(name = "min_bid", nullable = false)
  private Money minBid;

  @Column(name = "max_bid", nullable = false)
  private Money maxBid;

  @Column(name = "spend_start", nullable = false)
  private LocalDate spendStart;

  @Column(name = "spend_by", nullable = false)
  private LocalDate spendBy;

  @Column(name = "window_closed_at")
  private Instant windowClosedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "max_bids_per_area")
  private Integer maxBidsPerArea;

  @Column(name = "match_percent", nullable = false)
  private BigDecimal matchPercent = Stored.decimal(BigDecimal.ZERO);

  @Enumerated(EnumType.STRING)
  @Column(name = "match_base", nullable = false)
  private MatchBase matchBase = MatchBase.GRANT_REQUESTED;

  @Column(name = "match_in_kind_counts", nullable = false)
  private boolean matchInKindCounts = true;

  @Column(name = "max_capital_percent")
  private BigDecimal maxCapitalPercent;

  @Column(name = "pass_mark")
  private BigDecimal passMark;

  @Column(name = "moderation_threshold")
  private BigDecimal moderationThreshold;

  @Column(name = "max_attachment_bytes", nullable = false)
  private long maxAttachmentBytes = RoundRules.DEFAULT_MAX_ATTACHMENT_BYTES;

  @ElementCollection
  @CollectionTable(name = "round_lead_type", joinColumns = @JoinColumn(name = "funding_round_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false)
  private Set<OrganisationType> eligibleLeadTypes = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "round_match_lead_type", joinColumns = @JoinColumn(name = "funding_round_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false)
  private Set<OrganisationType> matchLeadTypes = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "round_cost_category", joinColumns = @JoinColumn(name = "funding_round_id"))
  @Column(name = "category", nullable = false)
  private Set<String> costCategories = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "round_year_cap", joinColumns = @JoinColumn(name = "funding_round_id"))
  @MapKeyColumn(name = "financial_year")
  @Column(name = "cap", nullable = false)
  private Map<Integer, BigDecimal> yearCaps = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "round_area_envelope", joinColumns = @JoinColumn(name = "funding_round_id"))
  @MapKeyColumn(name = "force_area_id")
  @Column(name = "envelope", nullable = false)
  private Map<Long, BigDecimal> areaEnvelopes = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "round_criterion", joinColumns = @JoinColumn(name = "funding_round_id"))
  @OrderColumn(name = "position")
  private List<AssessmentCriterion> criteria = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "allocation_basis")
  private AllocationBasis allocationBasis;

  @Column(name = "ring_fenced_pot")
  private Money ringFencedPot;

  @ElementCollection
  @CollectionTable(name = "round_needs_indicator", joinColumns = @JoinColumn(name = "funding_round_id"))
  @MapKeyColumn(name = "force_area_id")
  @Column(name = "indicator", nullable = false)
  private Map<Long, BigDecimal> needsIndicators = new HashMap<>();

  @Version private long version;

  protected FundingRound() {}

  public FundingRound(
      String reference,
      String name,
      FundingProgramme programme,
      Organisation funder,
      ApplicationWindow window,
      Money pot,
      Money minBid,
      Money maxBid,
      LocalDate spendStart,
      LocalDate spendBy) {
    this.reference = requireText(reference, "reference");
    this.name = requireText(name, "name");
    this.programme = Objects.requireNonNull(programme, "programme");
    this.funder = Objects.requireNonNull(funder, "funder");
    this.opensAt = Stored.instant(window.opensAt());
    this.closesAt = Stored.instant(window.closesAt());
    if (!pot.isPositive() || minBid.isNegative() || !maxBid.isPositive()) {
      throw new IllegalArgumentException("A round needs a positive pot and maximum bid");
    }
    if (minBid.isGreaterThan(maxBid)) {
      throw new IllegalArgumentException("The minimum bid cannot exceed the maximum bid");
    }
    if (!spendBy.isAfter(spendStart)) {
      throw new IllegalArgumentException("The spend-by date must follow the spending start");
    }
    this.pot = pot;
    this.minBid = minBid;
    this.maxBid = maxBid;
    this.spendStart = spendStart;
    this.spendBy = spendBy;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A round needs a " + what);
    }
    return value.strip();
  }

  /** Replaces the configurable rules; what bids already hold is checked against the new ones. */
  public void configureRules(RoundRuleSet rules) {
    eligibleLeadTypes = new HashSet<>(rules.eligibleLeadTypes());
    yearCaps = new HashMap<>();
    rules.yearCaps().forEach((year, cap) -> yearCaps.put(year.startYear(), cap.amount()));
    maxBidsPerArea = rules.maxBidsPerArea();
    matchPercent = Stored.decimal(rules.matchPercent());
    matchBase = rules.matchBase();
    matchInKindCounts = rules.matchInKindCounts();
    matchLeadTypes = new HashSet<>(rules.matchLeadTypes());
    maxCapitalPercent = Stored.decimal(rules.maxCapitalPercent());
    costCategories = new HashSet<>(rules.costCategories());
    criteria = new ArrayList<>(rules.criteria());
    passMark = Stored.decimal(rules.passMark());
    moderationThreshold = Stored.decimal(rules.moderationThreshold());
  }

  /** Sets (or, with null, removes) the most one force area's bids may ask for together. */
  public void setAreaEnvelope(ForceArea area, Money envelope) {
    if (envelope == null) {
      areaEnvelopes.remove(area.getId());
    } else {
      if (envelope.isNegative()) {
        throw new IllegalArgumentException("An envelope cannot be negative");
      }
      areaEnvelopes.put(area.getId(), envelope.amount());
    }
  }

  /**
   * Makes this a formula round: its pot is allocated to force areas by population or by the needs
   * indicators (one positive indicator per force area id, required for NEEDS), with an optional
   * ring-fenced part (null for none).
   */
  public void configureAllocation(
      AllocationBasis basis, Money ringFencedPot, Map<Long, BigDecimal> needsIndicators) {
    Objects.requireNonNull(basis, "basis");
    if (ringFencedPot != null && ringFencedPot.isNegative()) {
      throw new IllegalArgumentException("A ring-fenced pot cannot be negative");
    }
    Map<Long, BigDecimal> indicators = needsIndicators == null ? Map.of() : needsIndicators;
    if (basis == AllocationBasis.NEEDS && indicators.isEmpty()) {
      throw new IllegalArgumentException("A needs-based allocation needs an indicator per force area");
    }
    indicators.forEach(
        (area, indicator) -> {
          if (area == null || indicator == null || indicator.signum() <= 0) {
            throw new IllegalArgumentException("A needs indicator must be positive, not " + indicator + " for area " + area);
          }
        });
    this.allocationBasis = basis;
    this.ringFencedPot = ringFencedPot;
    this.needsIndicators = new HashMap<>();
    indicators.forEach((area, indicator) -> this.needsIndicators.put(area, Stored.decimal(indicator)));
  }

  /** Lowers or raises the pot; bids are checked against the new figure from now on. */
  public void changePot(Money newPot) {
    if (!newPot.isPositive()) {
      throw new IllegalArgumentException("A round's pot must be positive");
    }
    this.pot = newPot;
  }

  public Money areaEnvelope(ForceArea area) {
    BigDecimal envelope = areaEnvelopes.get(area.getId());
    return envelope == null ? null : Money.of(envelope);
  }

  /** The rules the validator applies to a bid of this round in the given force area. */
  public RoundRules rulesFor(ForceArea area) {
    return new RoundRules(
        Set.copyOf(eligibleLeadTypes),
        pot,
        area == null ? null : areaEnvelope(area),
        window(),
        minBid,
        maxBid,
        yearCapsByYear(),
        maxBidsPerArea,
        new MatchRule(matchPercent, matchBase, matchInKindCounts, Set.copyOf(matchLeadTypes)),
        maxCapitalPercent,
        Set.copyOf(costCategories),
        financialYears(),
        spendStart,
        spendBy,
        maxAttachmentBytes);
  }

  public Map<FinancialYear, Money> yearCapsByYear() {
    Map<FinancialYear, Money> caps = new TreeMap<>();
    yearCaps.forEach((year, cap) -> caps.put(new FinancialYear(year), Money.of(cap)));
    return caps;
  }

  /** The financial years the spending window touches. */
  public Set<FinancialYear> financialYears() {
    Set<FinancialYear> years = new java.util.TreeSet<>();
    for (FinancialYear year = FinancialYear.containing(spendStart);
        !year.firstDay().isAfter(spendBy);
        year = year.next()) {
      years.add(year);
    }
    return years;
  }

  public RoundRuleSet ruleSet() {
    return new RoundRuleSet(
        eligibleLeadTypes,
        yearCapsByYear(),
        maxBidsPerArea,
        matchPercent,
        matchBase,
        matchInKindCounts,
        matchLeadTypes,
        maxCapitalPercent,
        costCategories,
        criteria,
        passMark,
        moderationThreshold);
  }

  public Map<Long, Money> areaEnvelopes() {
    return areaEnvelopes.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Money.of(e.getValue())));
  }

  public AllocationBasis getAllocationBasis() {
    return allocationBasis;
  }

  public Money getRingFencedPot() {
    return ringFencedPot;
  }

  /** The needs indicator of each force area (by id) of a formula round. */
  public Map<Long, BigDecimal> needsIndicators() {
    return Collections.unmodifiableMap(needsIndicators);
  }

  public List<AssessmentCriterion> getCriteria() {
    return List.copyOf(criteria);
  }

  /** Whether bids may be submitted at this instant (opens inclusive, closes exclusive). */
  public boolean isOpenAt(Instant now) {
    return window().contains(now);
  }

  public ApplicationWindow window() {
    return new ApplicationWindow(opensAt, closesAt);
  }

  /** Records that the closing-time timer fired; idempotent, so a retried job changes nothing. */
  public void recordWindowClosed(Instant when) {
    if (windowClosedAt == null) {
      windowClosedAt = Stored.instant(when);
    }
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getName() {
    return name;
  }

  public FundingProgramme getProgramme() {
    return programme;
  }

  public Organisation getFunder() {
    return funder;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public Money getPot() {
    return pot;
  }

  public Money getMinBid() {
    return minBid;
  }

  public Money getMaxBid() {
    return maxBid;
  }

  public LocalDate getSpendStart() {
    return spendStart;
  }

  public LocalDate getSpendBy() {
    return spendBy;
  }

  public Instant getWindowClosedAt() {
    return windowClosedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public long getVersion() {
    return version;
  }
}
