package org.grantwell.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.db.shared.Money;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.report.Action1Dashboard;
import org.grantwell.workflow.report.Action1Dashboard.Choice;
import org.grantwell.workflow.report.Action1Report;
import org.grantwell.workflow.report.Action1Report.AreaFunding;
import org.grantwell.workflow.report.Action1Report.OutcomeTotal;
import org.grantwell.workflow.report.Action1Scope;
import org.grantwell.workflow.report.Action1Service;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * The Action 1 dashboard ({@code app/action1.xhtml}) for finance leads, national finance, grant
 * officers and administrators. The filters travel as query parameters ({@link Action1Query}), so
 * a view can be bookmarked and its exports carry the same filters; "Show" redirects to the page
 * with the filters chosen in the form.
 */
@Named
@RequestScoped
public class Action1DashboardView {

  static final List<String> ROLES = List.of(CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE,
      CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN);

  @Inject private Action1Service reports;
  @Inject private CurrentCaller caller;
  @Inject private FacesContext faces;

  private String funder;
  private String programme;
  private String fromParam;
  private String toParam;
  private String asOfParam;
  private LocalDate from;
  private LocalDate to;
  private LocalDate asOf;

  private boolean loaded;
  private Action1Dashboard dashboard;
  private String problem;

  /** Reads the filters from the query and loads the figures; says what is wrong instead if it cannot. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Optional<Caller> who = caller.current();
    if (who.isEmpty() || ROLES.stream().noneMatch(who.get()::hasRole)) {
      problem = "This dashboard is for finance leads, national finance, grant officers and administrators.";
      return;
    }
    try {
      Map<String, String> query = postbackQuery();
      Action1Scope scope = Action1Query.parse(or(funder, query.get("funder")), or(programme, query.get("programme")),
          or(fromParam, query.get("from")), or(toParam, query.get("to")), or(asOfParam, query.get("asOf")),
          LocalDate.now(FinancialYear.LONDON));
      show(reports.dashboard(who.get(), scope));
    } catch (InvalidInputException e) {
      problem = e.errors().stream().map(FieldError::message).collect(Collectors.joining(". ")) + ".";
    } catch (NotFoundException e) {
      problem = "You can choose only your own organisation as the funder.";
    }
  }

  void show(Action1Dashboard shown) {
    dashboard = shown;
    Action1Scope scope = shown.scope();
    funder = scope.funderId() == null ? null : String.valueOf(scope.funderId());
    programme = scope.programmeCode();
    from = scope.from();
    to = scope.to();
    asOf = scope.asOf();
  }

  /** "Show": the page again with the filters chosen; a period that ends before it starts is refused. */
  public String apply() {
    if (from != null && to != null && from.isAfter(to)) {
      faces.addMessage("filters:to", new FacesMessage(FacesMessage.SEVERITY_ERROR,
          "The period ends before it starts", "Choose a last day on or after the first day."));
      return null;
    }
    return "/app/action1.xhtml?faces-redirect=true&" + Action1Query.queryString(chosenScope());
  }

  Action1Scope chosenScope() {
    return new Action1Scope(funder == null ? null : Long.valueOf(funder), programme, from, to,
        asOf == null ? LocalDate.now(FinancialYear.LONDON) : asOf);
  }

  public Action1Report getReport() {
    load();
    return dashboard == null ? null : dashboard.report();
  }

  public String getProblem() {
    load();
    return problem;
  }

  /** Whether the caller may choose the funder (national finance and administrators). */
  public boolean isFunderChoice() {
    return caller.current().map(Caller::isNational).orElse(false);
  }

  public List<Choice> getFunders() {
    load();
    return dashboard == null ? List.of() : dashboard.funders();
  }

  public List<Choice> getProgrammes() {
    load();
    return dashboard == null ? List.of() : dashboard.programmes();
  }

  /** The funder the figures are for, in words. */
  public String getFunderName() {
    load();
    if (dashboard == null || dashboard.scope().funderId() == null) {
      return "All funders";
    }
    String id = String.valueOf(dashboard.scope().funderId());
    return dashboard.funders().stream().filter(c -> c.value().equals(id)).map(Choice::label).findFirst()
        .orElse("Your organisation");
  }

  /** The period the figures are for, in words: "at any time", "from 1 Apr 2026 up to 31 Mar 2027". */
  public String getPeriodText() {
    load();
    return dashboard == null ? "" : ReportText.period(dashboard.scope().from(), dashboard.scope().to());
  }

  /** The programme the figures are for, in words. */
  public String getProgrammeName() {
    load();
    if (dashboard == null || dashboard.scope().programmeCode() == null) {
      return "all programmes";
    }
    String code = dashboard.scope().programmeCode();
    return dashboard.programmes().stream().filter(c -> c.value().equals(code)).map(c -> c.label() + " (" + code + ")")
        .findFirst().orElse(code);
  }

  /** The filters shown as query parameter values (ISO dates), "" for those not set. */
  public Map<String, String> getShown() {
    load();
    Action1Scope scope = dashboard == null ? null : dashboard.scope();
    if (scope == null) {
      return Map.of();
    }
    return Map.of("funder", text(scope.funderId()), "programme", text(scope.programmeCode()), "from", text(scope.from()),
        "to", text(scope.to()), "asOf", text(scope.asOf()));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** The query string of the filters shown, for the export links. */
  public String getExportQuery() {
    load();
    return dashboard == null ? "" : Action1Query.queryString(dashboard.scope());
  }

  public String getFairnessChart() {
    return getReport() == null ? "{}" : Action1Charts.fairness(getReport().fairness());
  }

  public String getOutcomeChart() {
    return getReport() == null ? "{}" : Action1Charts.outcomes(getReport().outcomes().byProgramme());
  }

  public Sources bids(List<String> references) {
    load();
    return ReportText.bids(references, dashboard == null ? Map.of() : dashboard.bidIds());
  }

  /** Every bid with a target in the line, reported or not. */
  public Sources outcomeBids(OutcomeTotal total) {
    return bids(java.util.stream.Stream.concat(total.reported().stream(), total.notYetReported().stream()).sorted().toList());
  }

  public Sources rounds(List<String> references) {
    return ReportText.rounds(references);
  }

  public Sources areas(List<String> codes) {
    return ReportText.areas(codes, areaNames());
  }

  /** The areas of the highest or lowest decile, said so in the summary. */
  public Sources decile(List<String> codes, String which) {
    return ReportText.decile(codes, which, areaNames());
  }

  /** The area's name, or its code when unknown. */
  public String areaName(String code) {
    return areaNames().getOrDefault(code, code);
  }

  public String money(Money money) {
    return ReportText.money(money);
  }

  public String percent(BigDecimal percent) {
    return ReportText.percent(percent);
  }

  public String days(BigDecimal days) {
    return ReportText.days(days);
  }

  public String dayCount(long days) {
    return ReportText.days(days);
  }

  public String number(BigDecimal value) {
    return ReportText.number(value);
  }

  public String date(LocalDate date) {
    return ReportText.date(date);
  }

  private Map<String, String> areaNames() {
    Action1Report report = getReport();
    return report == null ? Map.of()
        : report.fairness().areas().stream().collect(Collectors.toMap(AreaFunding::code, AreaFunding::name));
  }

  /**
   * On a postback, the filters of the page posted from (the form carries them as {@link #getShown}):
   * the figures are read before the view parameters reach this bean, and a refused "Show" must
   * still show what was shown before. Empty otherwise.
   */
  private Map<String, String> postbackQuery() {
    return faces != null && faces.isPostback() ? faces.getExternalContext().getRequestParameterMap() : Map.of();
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public String getFunder() {
    return funder;
  }

  public void setFunder(String funder) {
    this.funder = blankToNull(funder);
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = blankToNull(programme);
  }

  public String getFromParam() {
    return fromParam;
  }

  public void setFromParam(String fromParam) {
    this.fromParam = fromParam;
  }

  public String getToParam() {
    return toParam;
  }

  public void setToParam(String toParam) {
    this.toParam = toParam;
  }

  public String getAsOfParam() {
    return asOfParam;
  }

  public void setAsOfParam(String asOfParam) {
    this.asOfParam = asOfParam;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
