package org.grantwell.web.round;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.AreaRanking;
import org.grantwell.workflow.bid.AreaRankingService;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * The ranking page of a PCC office: its force area's bids to one round, ranked against the round's
 * cap, partner-led bids marked, with a way into each open sign-off.
 */
@Named
@RequestScoped
public class RankingView {

  @Inject private AreaRankingService rankings;
  @Inject private CurrentCaller caller;

  private String round;
  private AreaRanking ranking;

  /** Loads the ranking (f:viewAction): an unknown round is 404, a caller outside a PCC office 403. */
  public void load() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ranking = rankings.ranking(caller.current().orElseThrow(), round);
    } catch (NotFoundException e) {
      external.responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    } catch (ForbiddenActionException e) {
      external.responseSendError(403, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** The cap in plain words. */
  public String getCapText() {
    if (ranking == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    if (ranking.cap() == null) {
      text.append("This round sets no limit on the number of bids from an area.");
    } else {
      text.append("Your area may put forward at most ").append(ranking.cap()).append(ranking.cap() == 1 ? " bid" : " bids")
          .append("; ").append(ranking.placesLeft()).append(ranking.placesLeft() == 1 ? " place is" : " places are").append(" still free.");
    }
    if (ranking.envelope() != null) {
      text.append(" Together they may ask for at most ").append(MoneyFormat.format(ranking.envelope())).append('.');
    }
    text.append(" The bids going forward ask for ").append(MoneyFormat.format(ranking.forwardTotal())).append(" in all.");
    return text.toString();
  }

  public String money(Money money) {
    return money == null ? "" : MoneyFormat.format(money);
  }

  /** The status in words: AWAITING_SIGN_OFF becomes "Awaiting sign off". */
  public String status(String status) {
    if (status == null || status.isEmpty()) {
      return "";
    }
    String words = status.replace('_', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public String getRound() {
    return round;
  }

  public void setRound(String round) {
    this.round = round;
  }

  public AreaRanking getRanking() {
    return ranking;
  }
}
