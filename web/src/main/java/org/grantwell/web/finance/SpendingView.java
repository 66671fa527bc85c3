package org.grantwell.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.web.faces.RequestReports;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.finance.SpendingReport;
import org.grantwell.workflow.finance.SpendingWindowService;

/**
 * The spending tracker ({@code app/spending.xhtml}): each funded award's window, agreed profile,
 * verified spend and forecast as of a chosen date (today by default), and the awards with money at
 * risk, largest first.
 */
@Named
@ViewScoped
public class SpendingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SpendingWindowService service;
  @Inject private CurrentCaller currentCaller;
  @Inject private RequestReports reports;

  /** The date the report is as of: today until the user picks another. The report itself is not kept ({@link RequestReports}). */
  private LocalDate asOf;

  /** {@code f:viewAction} and the date picker's button: reads the report and fixes the date it is as of. */
  public void load() {
    SpendingReport report = report();
    if (report != null && !report.asOf().equals(asOf)) {
      asOf = report.asOf();
      reports.get(asOf, () -> report); // the same report, now under the date it was read for
    }
  }

  private SpendingReport report() {
    LocalDate date = asOf;
    return reports.get(date, () -> currentCaller.current().map(caller -> service.report(caller, date, false)).orElse(null));
  }

  public List<SpendingReport.Award> getAwards() {
    SpendingReport report = report();
    return report == null ? List.of() : report.awards();
  }

  public List<SpendingReport.RoundRisk> getRounds() {
    SpendingReport report = report();
    return report == null ? List.of() : report.rounds();
  }

  public List<SpendingReport.Award> getAtRisk() {
    SpendingReport report = report();
    return report == null ? List.of() : report.atRisk();
  }

  public String getTotalAtRisk() {
    SpendingReport report = report();
    return report == null ? "" : FinanceText.money(report.totalAtRisk());
  }

  public String money(Money money) {
    return money == null ? "No forecast yet" : FinanceText.money(money);
  }

  public String date(LocalDate date) {
    return FinanceText.date(date);
  }

  public String percent(BigDecimal percent) {
    return FinanceText.percent(percent);
  }

  public String words(String code) {
    return FinanceText.words(code);
  }

  public String getAsOfText() {
    return FinanceText.date(asOf);
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** Only the roles of the page's entry in the authorisation matrix open it; anyone else gets 403. */
  public void checkAccess() throws java.io.IOException {
    org.grantwell.web.faces.PageAccess.require(currentCaller.current(), org.grantwell.web.security.AuthorisationMatrix.FINANCE, "The spending-window tracker");
  }
}
