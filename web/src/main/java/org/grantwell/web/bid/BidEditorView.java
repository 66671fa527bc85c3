package org.grantwell.web.bid;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.grantwell.db.bid.Intervention;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.bid.BidDraft;
import org.grantwell.workflow.bid.BidService;
import org.grantwell.workflow.bid.BidView;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * The bid editor ({@code app/bid-edit.xhtml}): a new bid for {@code ?round=<reference>} or the draft
 * {@code ?id=<bidId>}, in six steps. The draft is saved with the version the user loaded whenever
 * they move between steps and every ten seconds while they type; a new bid is created by its first
 * save. A save that finds the bid changed by someone else is refused ({@link StaleEditException}):
 * the page says so and stops saving, and what the user typed stays on screen. Input the service
 * refuses comes back as messages at the top and next to each field; nothing typed is dropped. Files
 * are in {@link BidFilesView}, the rows of the form in {@link BidForm}.
 */
@Named
@ViewScoped
public class BidEditorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BidService bids;
  @Inject private RoundService rounds;
  @Inject private CurrentCaller currentCaller;

  private Long id;
  private String round;
  private BidForm form = new BidForm();
  private EditorStep step = EditorStep.BID;
  private BidHeader header;
  private RoundFacts roundFacts;
  /** The rules the bid broke at its last save or check. */
  private List<EditorMessages.Problem> problems = List.of();
  /** The input the last save refused (shown as messages; the rule list is left as it was). */
  private List<EditorMessages.Problem> refused = List.of();
  private List<BidHeader.Member> team = List.of();
  private String lastSaved;
  private Instant savedAt;
  private String staleMessage;
  private boolean found;

  /** {@code f:viewAction}: loads the bid or the round, or answers 404. */
  public void load() throws IOException {
    try {
      if (id != null) {
        BidView view = bids.get(caller(), id);
        form = BidForm.of(view.content());
        apply(view);
        lastSaved = key();
        team = BidHeader.team(bids.team(caller(), id));
        roundFacts = RoundFacts.of(rounds.findByReference(view.roundReference()).orElseThrow());
      } else {
        RoundView roundView = rounds.findByReference(round == null ? "" : round.strip())
            .orElseThrow(() -> new NotFoundException("There is no round " + round));
        roundFacts = RoundFacts.of(roundView);
        round = roundView.reference();
        lastSaved = key();
      }
      found = true;
    } catch (NotFoundException e) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Saves if anything changed; false when the save was refused (the messages say why). */
  boolean persist() {
    if (staleMessage != null) {
      EditorMessages.warn("Not saved: someone else changed this bid", "Reload the bid to see their version.");
      return false;
    }
    if (!isEditable() || key().equals(lastSaved)) {
      return true;
    }
    try {
      String key = key();
      BidDraft draft = form.toDraft(roundFacts.reference(), null, header == null ? null : header.version());
      BidView view = id == null ? bids.create(caller(), draft) : bids.save(caller(), id, draft);
      boolean created = id == null;
      id = view.id();
      apply(view);
      lastSaved = key;
      savedAt = Instant.now();
      if (created) {
        team = BidHeader.team(bids.team(caller(), id));
      }
      return true;
    } catch (StaleEditException e) {
      staleMessage = e.getMessage();
      EditorMessages.warn("Someone else changed this bid", "Nothing you typed was saved over their change. "
          + "Copy what you need, then reload the bid to see their version.");
    } catch (InvalidInputException e) {
      refused = EditorMessages.fromErrors(e.errors());
      EditorMessages.show(refused);
    } catch (ForbiddenActionException | NotFoundException e) {
      EditorMessages.error("The bid was not saved", e.getMessage());
    }
    return false;
  }

  /** The periodic save while the user types ({@code p:remoteCommand}). */
  public void autoSave() {
    persist();
  }

  /** Saves, then moves to the step; a refused save keeps the user where the problem is. */
  public void goTo(EditorStep target) {
    if (staleMessage != null) {
      step = target;
      return;
    }
    refused = List.of();
    if (!persist()) {
      step = refused.isEmpty() ? step : refused.get(0).step();
      return;
    }
    step = target;
    if (step == EditorStep.REVIEW) {
      refreshChecks();
    }
  }

  public void next() {
    goTo(step.next());
  }

  public void back() {
    goTo(step.previous());
  }

  /** From the review list: the step of the problem; the page then focuses its input. */
  public void fix(EditorMessages.Problem problem) {
    goTo(problem.step());
    if (step == problem.step()) {
      EditorMessages.show(List.of(problem));
    }
  }

  /** Saves, then sends the bid on for sign-off with the version the user saw. */
  public void send() {
    if (!persist() || id == null) {
      return;
    }
    try {
      apply(bids.submitForSignOff(caller(), id, header.version()));
      problems = List.of();
      EditorMessages.info("Sent for sign-off", "Bid " + header.reference() + " is with your PCC office for sign-off.");
    } catch (InvalidInputException e) {
      problems = EditorMessages.fromErrors(e.errors());
      EditorMessages.error("The bid was not sent", "It still breaks " + problems.size() + " rule(s) of the round; see the list below.");
    } catch (StaleEditException e) {
      staleMessage = e.getMessage();
      EditorMessages.warn("Someone else changed this bid", "Reload it and check it again before sending it.");
    } catch (ForbiddenActionException e) {
      EditorMessages.error("The bid was not sent", e.getMessage());
    }
  }

  void refreshChecks() {
    if (id != null) {
      problems = EditorMessages.fromViolations(bids.checks(caller(), id));
    }
  }

  /** Saves first when the bid does not exist yet (files need a bid); false if that failed. */
  boolean ensureCreated() {
    if (id == null) {
      lastSaved = null;
      if (!persist()) {
        return false;
      }
    }
    return id != null;
  }

  private void apply(BidView view) {
    header = BidHeader.of(view);
    problems = EditorMessages.fromViolations(view.violations());
    staleMessage = null;
  }

  /** The content as a comparable string: a save is skipped when nothing changed since the last one. */
  private String key() {
    return String.valueOf(form.toDraft(null, null, null));
  }

  Caller caller() {
    return currentCaller.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
  }

  // ---- rows: new rows start at zero, not empty. An empty amount is input the service refuses
  // whole, a zero amount a rule the review lists, so a half-filled row never blocks saving the rest.

  public void addBudgetLine() {
    BidForm.BudgetRow row = new BidForm.BudgetRow();
    row.setFinancialYear(roundFacts.years().isEmpty() ? null : roundFacts.years().get(0));
    row.setQuarter(1);
    row.setAmount(BigDecimal.ZERO.setScale(2));
    form.getBudgetLines().add(row);
  }

  public void addMatch() {
    BidForm.MatchRow row = new BidForm.MatchRow();
    row.setFinancialYear(roundFacts.years().isEmpty() ? null : roundFacts.years().get(0));
    row.setAmount(BigDecimal.ZERO.setScale(2));
    form.getMatchFunding().add(row);
  }

  public void addOutcome() {
    BidForm.OutcomeRow row = new BidForm.OutcomeRow();
    row.setBaseline(BigDecimal.ZERO);
    row.setTarget(BigDecimal.ZERO);
    form.getOutcomes().add(row);
  }

  public void addLocation() {
    form.getLocations().add(new BidForm.LocationRow());
  }

  public void remove(List<?> rows, int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  // ---- what the page reads ----

  public BudgetTotals getTotals() {
    return BudgetTotals.of(form.getBudgetLines(), roundFacts == null ? List.of() : roundFacts.years());
  }

  public BigDecimal getMatchTotal() {
    return form.getMatchFunding().stream().map(BidForm.MatchRow::getAmount).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<Intervention> getInterventionChoices() {
    return List.of(Intervention.values());
  }

  public String interventionLabel(Intervention intervention) {
    String words = intervention.name().replace('_', ' ').toLowerCase(java.util.Locale.UK)
        .replace("cctv", "CCTV").replace("isva idva", "ISVA and IDVA");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** {@code CAPITAL_WORKS} as "Capital works". */
  public String words(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String words = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public List<EditorStep> getSteps() {
    return List.of(EditorStep.values());
  }

  public List<SelectItem> getQuarterItems() {
    return List.of(new SelectItem(1, "Q1 (Apr to Jun)"), new SelectItem(2, "Q2 (Jul to Sep)"),
        new SelectItem(3, "Q3 (Oct to Dec)"), new SelectItem(4, "Q4 (Jan to Mar)"));
  }

  public List<SelectItem> getCapitalItems() {
    return List.of(new SelectItem(Boolean.FALSE, "Revenue"), new SelectItem(Boolean.TRUE, "Capital"));
  }

  public List<SelectItem> getMatchStatusItems() {
    return List.of(new SelectItem("PLEDGED", "Pledged"), new SelectItem("CONFIRMED", "Confirmed"),
        new SelectItem("RECEIVED", "Received"));
  }

  public String money(BigDecimal pounds) {
    return EditorText.money(pounds);
  }

  public String date(Instant instant) {
    return EditorText.date(instant);
  }

  public String getSaveStatus() {
    if (staleMessage != null) {
      return "Not saved: someone else changed this bid.";
    }
    if (savedAt != null) {
      return "All changes saved at " + EditorText.time(savedAt) + ".";
    }
    if (header != null) {
      return "Last saved " + EditorText.dateTime(header.updatedAt()) + " by " + header.updatedBy() + ".";
    }
    return "Not saved yet: the bid is created when you first save it.";
  }

  /** The caller's own access on the bid's team; a new bid's creator edits everything. */
  public String getAccess() {
    if (id == null) {
      return "EDIT";
    }
    String me = caller().username();
    return team.stream().filter(m -> m.username().equals(me)).map(BidHeader.Member::access).findFirst().orElse("READ");
  }

  public boolean isEditable() {
    return found && (header == null || "DRAFT".equals(header.status())) && !"READ".equals(getAccess());
  }

  public boolean isCanEditAll() {
    return isEditable() && "EDIT".equals(getAccess());
  }

  public boolean isCanSend() {
    return isCanEditAll() && id != null && problems.isEmpty() && staleMessage == null;
  }

  public boolean isStale() {
    return staleMessage != null;
  }

  public String getStaleMessage() {
    return staleMessage;
  }

  public String getReloadUrl() {
    return id == null ? "bid-edit.xhtml?round=" + round : "bid-edit.xhtml?id=" + id;
  }

  public List<EditorMessages.Problem> problemsOn(EditorStep on) {
    return problems.stream().filter(p -> p.step() == on).toList();
  }

  public List<EditorMessages.Problem> getProblems() {
    return problems;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getRound() {
    return round;
  }

  public void setRound(String round) {
    this.round = round;
  }

  public BidForm getForm() {
    return form;
  }

  public EditorStep getStep() {
    return step;
  }

  public BidHeader getHeader() {
    return header;
  }

  public RoundFacts getRoundFacts() {
    return roundFacts;
  }

  public List<BidHeader.Member> getTeam() {
    return team;
  }

  public boolean isFound() {
    return found;
  }
}
