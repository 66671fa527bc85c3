package org.grantwell.workflow.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwell.db.area.ForceAreaRepository;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.AwardRepository;
import org.grantwell.db.bid.Bid;
import org.grantwell.db.bid.BidRepository;
import org.grantwell.db.bid.rules.OutcomeData;
import org.grantwell.db.delivery.MonitoringReturn;
import org.grantwell.db.delivery.MonitoringReturnRepository;
import org.grantwell.db.delivery.OutcomeValue;
import org.grantwell.db.delivery.ReturnStatus;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.workflow.security.Caller;

/**
 * The Action 1 report from the records: the rounds, the awards funded in full or in part (not
 * lapsed), the 43 force areas and the outcome targets with the latest verified actuals, for the
 * rounds the caller may see (national roles all, anyone else those their organisation funds),
 * optionally one programme. The figures themselves are {@link Action1Calculator}'s.
 */
@ApplicationScoped
@Transactional
public class Action1Service {

  @Inject private FundingRoundRepository rounds;
  @Inject private AwardRepository awards;
  @Inject private BidRepository bids;
  @Inject private ForceAreaRepository areas;
  @Inject private MonitoringReturnRepository returns;

  private final Action1Calculator calculator = new Action1Calculator();

  public Action1Report report(Caller caller, String programmeCode, LocalDate asOf) {
    List<FundingRound> inScope = rounds.findAll().stream()
        .filter(r -> caller.isNational() || r.getFunder().getId().equals(caller.organisationId()))
        .filter(r -> programmeCode == null || programmeCode.isBlank() || r.getProgramme().getCode().equals(programmeCode))
        .toList();
    Set<Long> roundIds = inScope.stream().map(FundingRound::getId).collect(Collectors.toSet());
    List<RoundFacts> roundFacts = inScope.stream().map(Action1Service::round).toList();
    List<AwardFacts> awardFacts = new ArrayList<>();
    List<OutcomeFacts> outcomeFacts = new ArrayList<>();
    for (Award award : awards.findFunded()) {
      if (!roundIds.contains(award.getRoundId())) {
        continue;
      }
      Bid bid = bids.find(award.getBidId()).orElseThrow();
      awardFacts.add(award(award, bid));
      outcomeFacts.addAll(outcomes(bid));
    }
    Set<String> bidding = bids.areasThatBid();
    List<AreaFacts> areaFacts = areas.findAll().stream()
        .map(a -> new AreaFacts(a.getCode(), a.getName(), a.getPopulation(), null, bidding.contains(a.getCode())))
        .toList();
    return calculator.calculate(new Action1Facts(roundFacts, awardFacts, areaFacts, outcomeFacts), asOf);
  }

  private static RoundFacts round(FundingRound r) {
    return new RoundFacts(r.getReference(), r.getProgramme().getCode(), r.getFunder().getName(), r.getOpensAt(),
        r.getClosesAt(), r.getSpendStart(), r.getSpendBy(), r.ruleSet().matchPercent(), r.getPot());
  }

  private static AwardFacts award(Award award, Bid bid) {
    FundingRound round = bid.getRound();
    String orgId = bid.getLeadOrganisation().getOrgIdentifier() != null
        ? bid.getLeadOrganisation().getOrgIdentifier() : "GRANTWELL-ORG-" + bid.getLeadOrganisation().getId();
    return new AwardFacts(bid.getReference(), round.getReference(), round.getProgramme().getCode(), orgId,
        bid.getLeadOrganisation().getName(), bid.getForceArea().getCode(), award.getAmount(),
        award.getSpendStart() != null ? award.getSpendStart() : round.getSpendStart(),
        award.getSpendBy() != null ? award.getSpendBy() : round.getSpendBy(),
        award.getDecidedAt(),
        bid.content().interventions().stream().map(Enum::name).collect(Collectors.toSet()),
        false);
  }

  /** Each target of the bid with the latest verified value reported for its indicator (or none). */
  private List<OutcomeFacts> outcomes(Bid bid) {
    Map<String, BigDecimal> latest = new HashMap<>();
    for (MonitoringReturn r : returns.findByBid(bid)) {
      if (r.getStatus() == ReturnStatus.VERIFIED) {
        for (OutcomeValue value : r.getOutcomes()) {
          latest.put(value.getIndicator(), value.getValue());
        }
      }
    }
    List<OutcomeFacts> facts = new ArrayList<>();
    for (OutcomeData target : bid.content().outcomes()) {
      facts.add(new OutcomeFacts(bid.getReference(), bid.getRound().getProgramme().getCode(), bid.getForceArea().getCode(),
          target.indicator(), target.target(), latest.get(target.indicator())));
    }
    return facts;
  }
}
