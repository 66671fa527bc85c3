package org.grantwell.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.db.shared.MoneyFormat;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;

/** The landing page: the rounds open now, with the days left in each window. */
@Named
@RequestScoped
public class HomeView {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @Inject private RoundService rounds;

  private List<RoundView> openRounds;

  public List<RoundView> getOpenRounds() {
    if (openRounds == null) {
      openRounds = rounds.openRounds();
    }
    return openRounds;
  }

  public String closes(RoundView round) {
    return DATE.format(round.closesAt().atZone(FinancialYear.LONDON));
  }

  public long daysLeft(RoundView round) {
    return ChronoUnit.DAYS.between(
        LocalDate.now(FinancialYear.LONDON), round.closesAt().atZone(FinancialYear.LONDON).toLocalDate());
  }

  public String money(java.math.BigDecimal amount) {
    return MoneyFormat.format(Money.of(amount));
  }
}
