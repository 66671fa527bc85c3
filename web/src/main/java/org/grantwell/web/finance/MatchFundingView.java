package org.grantwell.web.finance;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grantwell.db.shared.Money;
import org.grantwell.web.faces.RequestReports;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.finance.MatchFundingReport;
import org.grantwell.workflow.finance.MatchFundingService;
import org.grantwell.workflow.finance.MatchStatusInput;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * The match-funding page ({@code app/match-funding.xhtml?round=&programme=&pledgedDays=}): each bid
 * the person may see with its match by status, cash and in kind, its ratio to the grant and the
 * flag for pledges left unconfirmed; the round and programme totals; and, for those who may record
 * it, the dialog to record that a contribution of a funded bid is confirmed or received.
 */
@Named
@ViewScoped
public class MatchFundingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MatchFundingService service;
  @Inject private CurrentCaller currentCaller;
  @Inject private RequestReports reports;

  private String round;
  private String programme;
  private Integer pledgedDays;
  private String selectedBid;
  private Integer selectedPosition;
  private String status;
  private String evidence;

  /** {@code f:viewAction} and the filter button: reads the report for the filters. */
  public void load() {
    report();
  }

  /** The report for the filters, read once per request; the bean keeps the filters, not the report ({@link RequestReports}). */
  private MatchFundingReport report() {
    return reports.get(java.util.Arrays.asList(round, programme, pledgedDays), () -> {
      try {
        return service.report(caller(), round, programme, pledgedDays);
      } catch (InvalidInputException e) {
        pledgedDays = null;
        error("The filters were not applied", e.getMessage());
        return service.report(caller(), round, programme, null);
      }
    });
  }

  /** Chooses the contribution the dialog records a status for. */
  public void select(String bidReference, int position) {
    selectedBid = bidReference;
    selectedPosition = position;
    status = null;
    evidence = null;
  }

  /** Records the new status; on success the table shows it and the dialog closes. */
  public void record() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      MatchFundingReport.Bid bid = service.record(caller(), selectedBid, selectedPosition == null ? -1 : selectedPosition,
          new MatchStatusInput(status, evidence));
      reports.forget();
      load();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Match funding recorded",
          "Contribution " + (selectedPosition + 1) + " of " + bid.bidReference() + " is now " + words(status) + "."));
    } catch (InvalidInputException e) {
      for (FieldError error : e.errors()) {
        error("The status was not recorded", label(error.field()) + error.message());
      }
      faces.validationFailed();
    } catch (ForbiddenActionException | NotFoundException e) {
      error("The status was not recorded", e.getMessage());
      faces.validationFailed();
    }
  }

  private static String label(String field) {
    return switch (field == null ? "" : field) {
      case "status" -> "New status: ";
      case "evidence" -> "Evidence: ";
      default -> "";
    };
  }

  private static void error(String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  /** Finance leads, grant officers, national roles and bidders may record; the service checks whose bid. */
  public boolean isCanRecord() {
    Caller caller = currentCaller.current().orElse(null);
    return caller != null && (caller.isNational() || caller.hasRole(CandidateGroups.FINANCE_LEAD)
        || caller.hasRole(CandidateGroups.GRANT_OFFICER) || caller.hasRole(CandidateGroups.PCC_BIDDER)
        || caller.hasRole(CandidateGroups.PARTNER_BIDDER) || caller.hasRole(CandidateGroups.PROVIDER_BIDDER));
  }

  /** A contribution of a funded bid that is not yet received can move on. */
  public boolean canMoveOn(MatchFundingReport.Bid bid, MatchFundingReport.Contribution contribution) {
    return isCanRecord() && bid.awarded() && !"RECEIVED".equals(contribution.status());
  }

  private Caller caller() {
    return currentCaller.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
  }

  public String money(Money money) {
    return FinanceText.money(money);
  }

  public String percent(BigDecimal percent) {
    return percent == null ? "No grant" : FinanceText.percent(percent);
  }

  public String when(Instant instant) {
    return FinanceText.dateTime(instant);
  }

  public String words(String code) {
    return FinanceText.words(code);
  }

  public List<MatchFundingReport.Bid> getBids() {
    MatchFundingReport report = report();
    return report == null ? List.of() : report.bids();
  }

  public MatchFundingReport getReport() {
    return report();
  }

  public String getRound() {
    return round;
  }

  public void setRound(String round) {
    this.round = round;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public Integer getPledgedDays() {
    return pledgedDays;
  }

  public void setPledgedDays(Integer pledgedDays) {
    this.pledgedDays = pledgedDays;
  }

  public String getSelectedBid() {
    return selectedBid;
  }

  public Integer getSelectedPosition() {
    return selectedPosition;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  /** Only the roles of the page's entry in the authorisation matrix open it; anyone else gets 403. */
  public void checkAccess() throws java.io.IOException {
    org.grantwell.web.faces.PageAccess.require(currentCaller.current(), org.grantwell.web.security.AuthorisationMatrix.MATCH_FUNDING, "The match-funding page");
  }
}
