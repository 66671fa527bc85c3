package org.grantwell.web.round;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;
import org.grantwell.workflow.security.Caller;

/** The open rounds with their rules in plain words, and a way into a new bid where the person's organisation may lead. */
@Named
@RequestScoped
public class RoundsView {

  /** One open round as the page lists it. */
  public record RoundLine(
      RoundView round, String rules, String leads, String yearCaps, String assessment, boolean mayStartBid, boolean ranksBids) implements java.io.Serializable {}

  @Inject private RoundService rounds;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;

  private List<RoundLine> lines;

  /** The rounds open now, closing soonest first. */
  public List<RoundLine> getRounds() {
    if (lines == null) {
      Optional<Caller> who = caller.current();
      lines = rounds.openRounds().stream()
          .sorted(Comparator.comparing(RoundView::closesAt))
          .map(round -> new RoundLine(round, RoundRulesText.rules(round, clock.instant()), RoundRulesText.leads(round),
              RoundRulesText.yearCaps(round), RoundRulesText.assessment(round),
              who.map(c -> RoundRulesText.mayStartBid(c.roles(), c.organisationType(), round)).orElse(false),
              who.map(c -> "PCC_OFFICE".equals(c.organisationType())).orElse(false)))
          .toList();
    }
    return lines;
  }

  public String money(java.math.BigDecimal pounds) {
    return RoundRulesText.money(pounds);
  }
}
