package org.grantwell.workflow.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.report.FundedAward;
import org.grantwell.db.report.ReportRepository;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.workflow.report.Action1Dashboard.Choice;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * The Action 1 report from the records: the rounds, the awards funded in full or in part (not
 * lapsed), the 43 force areas and the outcome targets with the latest verified actuals, for the
 * rounds the caller may see (national roles all, anyone else those their organisation funds),
 * narrowed to a funder, programme and period as {@link Action1Scope} defines. The figures
 * themselves are {@link Action1Calculator}'s.
 */
@ApplicationScoped
@Transactional
public class Action1Service {

  @Inject private FundingRoundRepository rounds;
  @Inject private ReportRepository facts;
  @Inject private BidRepository bids;
  @Inject private ForceAreaRepository areas;

  private final Action1Calculator calculator = new Action1Calculator();

  /** Every funder the caller may see, optionally one programme, with no period. */
  public Action1Report report(Caller caller, String programmeCode, LocalDate asOf) {
    return report(caller, new Action1Scope(null, programmeCode, null, null, asOf));
  }

  /**
   * The report for one scope. A national caller who names a funder with no rounds gets the report
   * of nothing (every force area with no money), not an error.
   *
   * @throws NotFoundException when a caller who is not national names a funder other than their
   *     own organisation (as if it did not exist, rather than showing their own figures instead)
   */
  public Action1Report report(Caller caller, Action1Scope scope) {
    Action1Scope applied = applied(caller, scope);
    return build(inScope(rounds.findAll(), caller, applied), applied).report();
  }

  /**
   * The report for one scope with what the dashboard needs around it: the ids of the bids it names
   * and the funders and programmes the caller may choose.
   *
   * @throws NotFoundException as {@link #report(Caller, Action1Scope)}
   */
  public Action1Dashboard dashboard(Caller caller, Action1Scope scope) {
    Action1Scope applied = applied(caller, scope);
    List<FundingRound> all = rounds.findAll();
    Built built = build(inScope(all, caller, applied), applied);
    Map<String, Long> bidIds = new HashMap<>();
    built.awarded().forEach(a -> bidIds.put(a.bidReference(), a.bidId()));
    return new Action1Dashboard(applied, built.report(), bidIds, funders(all, caller),
        programmes(all, caller, applied.funderId()));
  }

  /**
   * The caller's scope: a national caller's as given; anyone else's always their own organisation.
   *
   * @throws NotFoundException when someone who is not national names another funder
   */
  static Action1Scope applied(Caller caller, Action1Scope scope) {
    if (caller.isNational()) {
      return scope;
    }
    if (scope.funderId() != null && !scope.funderId().equals(caller.organisationId())) {
      throw new NotFoundException("There is no funder " + scope.funderId());
    }
    return scope.withFunder(caller.organisationId());
  }

  /** The rounds the caller may see that are in the scope, by reference. */
  static List<FundingRound> inScope(List<FundingRound> all, Caller caller, Action1Scope scope) {
    return all.stream()
        .filter(r -> visible(r, caller))
        .filter(r -> scope.includesRound(r.getFunder().getId(), r.getProgramme().getCode(), r.getOpensAt()))
        .sorted(Comparator.comparing(FundingRound::getReference))
        .toList();
  }

  private static boolean visible(FundingRound round, Caller caller) {
    return caller.isNational() || round.getFunder().getId().equals(caller.organisationId());
  }

  private record Built(Action1Report report, List<FundedAward> awarded) implements java.io.Serializable {}

  private Built build(List<FundingRound> inScope, Action1Scope scope) {
    Set<Long> roundIds = inScope.stream().map(FundingRound::getId).collect(Collectors.toSet());
    List<RoundFacts> roundFacts = inScope.stream().map(Action1Service::round).toList();
    // four queries for every award of the scope (awards with their bids, interventions, targets, actuals)
    List<FundedAward> awarded = facts.fundedAwards(roundIds);
    Map<Long, Set<String>> interventions = facts.interventions(roundIds);
    Map<Long, Map<String, BigDecimal>> actuals = facts.latestVerifiedOutcomes(roundIds);
    Map<Long, FundedAward> byBid = new HashMap<>();
    List<AwardFacts> awardFacts = new ArrayList<>();
    for (FundedAward each : awarded) {
      byBid.put(each.bidId(), each);
      awardFacts.add(award(each, interventions.getOrDefault(each.bidId(), Set.of())));
    }
    List<OutcomeFacts> outcomeFacts = new ArrayList<>();
    for (ReportRepository.Target target : facts.outcomeTargets(roundIds)) {
      FundedAward award = byBid.get(target.bidId());
      if (award != null) {
        outcomeFacts.add(new OutcomeFacts(award.bidReference(), award.programmeCode(), award.forceAreaCode(),
            target.indicator(), target.target(), actuals.getOrDefault(target.bidId(), Map.of()).get(target.indicator())));
      }
    }
    Set<String> bidding = bids.areasThatBid(roundIds);
    List<AreaFacts> areaFacts = areas.findAll().stream()
        .map(a -> new AreaFacts(a.getCode(), a.getName(), a.getPopulation(), null, bidding.contains(a.getCode())))
        .toList();
    Action1Facts facts = new Action1Facts(roundFacts, awardFacts, areaFacts, outcomeFacts);
    return new Built(calculator.calculate(facts, scope.asOf()), awarded);
  }

  private static List<Choice> funders(List<FundingRound> all, Caller caller) {
    Map<Long, String> names = new TreeMap<>();
    all.stream().filter(r -> visible(r, caller)).forEach(r -> names.put(r.getFunder().getId(), r.getFunder().getName()));
    if (!caller.isNational() && caller.organisationId() != null) {
      names.putIfAbsent(caller.organisationId(), "Your organisation");
    }
    return names.entrySet().stream()
        .map(e -> new Choice(String.valueOf(e.getKey()), e.getValue()))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  private static List<Choice> programmes(List<FundingRound> all, Caller caller, Long funderId) {
    Map<String, String> names = new TreeMap<>();
    all.stream()
        .filter(r -> visible(r, caller))
        .filter(r -> funderId == null || funderId.equals(r.getFunder().getId()))
        .forEach(r -> names.put(r.getProgramme().getCode(), r.getProgramme().getName()));
    return names.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
  }

  private static RoundFacts round(FundingRound r) {
    return new RoundFacts(r.getReference(), r.getProgramme().getCode(), r.getFunder().getName(), r.getOpensAt(),
        r.getClosesAt(), r.getSpendStart(), r.getSpendBy(), r.ruleSet().matchPercent(), r.getPot());
  }

  private static AwardFacts award(FundedAward award, Set<String> interventions) {
    return new AwardFacts(award.bidReference(), award.roundReference(), award.programmeCode(), award.recipientOrgId(),
        award.recipientName(), award.forceAreaCode(), award.amount(), award.spendStart(), award.spendBy(),
        award.decidedAt(), interventions, award.published());
  }
}
