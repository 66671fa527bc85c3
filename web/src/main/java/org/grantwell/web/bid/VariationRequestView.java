package org.grantwell.web.bid;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.variation.VariationRequest;
import org.grantwell.workflow.variation.VariationService;
import org.grantwell.workflow.variation.VariationView;

/**
 * A bid's variations ({@code app/variation.xhtml?bid=<id>}): those asked for so far and, for the
 * lead organisation's bidders while the award is in delivery, the form to ask for another. The form
 * shows only the fields of the chosen kind; the service checks the request and its refusals come
 * back next to the fields. A bid the person may not see is "not found" (404).
 */
@Named
@ViewScoped
public class VariationRequestView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "variation";
  private static final Map<String, String> INPUTS = Map.of(
      "kind", "kind", "fromYear", "from-year", "toYear", "to-year", "fromCategory", "from-category",
      "toCategory", "to-category", "amount", "amount", "newSpendBy", "new-spend-by", "reason", "reason");

  @Inject private VariationService variations;
  @Inject private BidService bids;
  @Inject private RoundService rounds;
  @Inject private CurrentCaller currentCaller;

  private String bid;
  private Long bidId;
  private BidView view;
  private List<String> years = List.of();
  private List<String> categories = List.of();
  private List<VariationView> list = List.of();
  private String kind;
  private String fromYear;
  private String toYear;
  private String fromCategory;
  private String toCategory;
  private BigDecimal amount;
  private LocalDate newSpendBy;
  private String reason;

  /** {@code f:viewAction}: the bid, its round's years and categories, its variations; else 404. */
  public void load() throws IOException {
    try {
      bidId = parse(bid);
      view = bids.get(caller(), bidId);
      list = variations.forBid(caller(), bidId);
      rounds.findByReference(view.roundReference()).map(r -> r.rules()).ifPresent(rules -> {
        years = List.copyOf(rules.financialYears());
        categories = List.copyOf(rules.costCategories());
      });
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Sends the request; on success the form empties and the list shows it. */
  public void request() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      VariationView sent = variations.request(caller(), new VariationRequest(bidId, kind, fromYear, toYear,
          fromCategory, toCategory, amount, newSpendBy == null ? null : newSpendBy.toString(), reason));
      list = variations.forBid(caller(), bidId);
      clear();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Variation requested",
          "Your request to " + kindLabel(sent.kind()).toLowerCase(java.util.Locale.UK) + " is with the funder's grant officer."));
    } catch (InvalidInputException e) {
      showErrors(faces, e.errors());
    } catch (ForbiddenActionException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The variation was not requested", e.getMessage()));
      faces.validationFailed();
    }
  }

  private static void showErrors(FacesContext faces, List<FieldError> errors) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The variation was not requested",
        errors.size() == 1 ? "One answer needs changing; see the message next to it."
            : errors.size() + " answers need changing; see the messages next to them."));
    for (FieldError error : errors) {
      String input = INPUTS.get(error.field());
      faces.addMessage(input == null ? null : FORM + ":" + input,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
    }
    faces.validationFailed();
  }

  private void clear() {
    kind = null;
    fromYear = null;
    toYear = null;
    fromCategory = null;
    toCategory = null;
    amount = null;
    newSpendBy = null;
    reason = null;
  }

  private static long parse(String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is no bid " + value);
    }
  }

  private Caller caller() {
    return currentCaller.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
  }

  /** The lead organisation's bidders ask for variations, and only while the award is in delivery. */
  public boolean isCanRequest() {
    Caller caller = caller();
    boolean bidder = caller.hasRole(CandidateGroups.PCC_BIDDER) || caller.hasRole(CandidateGroups.PARTNER_BIDDER)
        || caller.hasRole(CandidateGroups.PROVIDER_BIDDER);
    return view != null && bidder && "IN_DELIVERY".equals(view.status())
        && Long.valueOf(view.leadOrganisationId()).equals(caller.organisationId());
  }

  public List<SelectItem> getKindItems() {
    return List.of(new SelectItem("REPROFILE", kindLabel("REPROFILE")),
        new SelectItem("MOVE_CATEGORY", kindLabel("MOVE_CATEGORY")), new SelectItem("EXTEND", kindLabel("EXTEND")));
  }

  public String kindLabel(String code) {
    return switch (code == null ? "" : code) {
      case "REPROFILE" -> "Move money between financial years";
      case "MOVE_CATEGORY" -> "Move money between cost categories";
      case "EXTEND" -> "Extend the spend-by date";
      default -> code;
    };
  }

  /** What a variation changes, in words. */
  public String describe(VariationView v) {
    return switch (v.kind()) {
      case "REPROFILE" -> money(v.amount()) + " from " + v.fromYear() + " to " + v.toYear();
      case "MOVE_CATEGORY" -> money(v.amount()) + " from " + words(v.fromCategory()) + " to " + words(v.toCategory());
      case "EXTEND" -> "Spend by " + EditorText.date(v.newSpendBy() == null ? null
          : LocalDate.parse(v.newSpendBy()).atStartOfDay(org.grantwell.db.shared.FinancialYear.LONDON).toInstant());
      default -> "";
    };
  }

  public String statusLabel(String status) {
    return switch (status == null ? "" : status) {
      case "REQUESTED" -> "Waiting for a decision";
      case "APPROVED" -> "Approved";
      case "DECLINED" -> "Declined";
      default -> words(status);
    };
  }

  /** {@code CAPITAL_WORKS} as "Capital works". */
  public String words(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String words = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public String money(String pounds) {
    return pounds == null ? "" : EditorText.money(new BigDecimal(pounds));
  }

  public String when(Instant instant) {
    return EditorText.dateTime(instant);
  }

  public boolean isFreeCategories() {
    return categories.isEmpty();
  }

  public String getBid() {
    return bid;
  }

  public void setBid(String bid) {
    this.bid = bid;
  }

  public BidView getView() {
    return view;
  }

  public List<String> getYears() {
    return years;
  }

  public List<String> getCategories() {
    return categories;
  }

  public List<VariationView> getList() {
    return list;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getFromYear() {
    return fromYear;
  }

  public void setFromYear(String fromYear) {
    this.fromYear = fromYear;
  }

  public String getToYear() {
    return toYear;
  }

  public void setToYear(String toYear) {
    this.toYear = toYear;
  }

  public String getFromCategory() {
    return fromCategory;
  }

  public void setFromCategory(String fromCategory) {
    this.fromCategory = fromCategory;
  }

  public String getToCategory() {
    return toCategory;
  }

  public void setToCategory(String toCategory) {
    this.toCategory = toCategory;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getNewSpendBy() {
    return newSpendBy;
  }

  public void setNewSpendBy(LocalDate newSpendBy) {
    this.newSpendBy = newSpendBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
