package org.grantwell.web.round;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.reference.ReferenceDataService;
import org.grantwell.workflow.reference.ReferenceDataService.ProgrammeView;
import org.grantwell.workflow.round.RoundInput;
import org.grantwell.workflow.round.RoundService;
import org.grantwell.workflow.round.RoundView;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.web.security.CurrentCaller;

/**
 * Round set-up ({@code app/round-setup.xhtml}) for a funder's grant officers and administrators
 * (and a PCC office's finance lead, for local commissioning): opening a round with its rules, and
 * changing the pot of the organisation's rounds. The service checks the form and names the fields
 * it refuses; each comes back as a message beside its input, and nothing is saved.
 */
@Named
@ViewScoped
public class RoundSetupView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The organisation types, in the order the form lists them. */
  public static final List<String> ORGANISATION_TYPES =
      List.of("PCC_OFFICE", "LOCAL_AUTHORITY", "BRITISH_TRANSPORT_POLICE", "PROVIDER", "FUNDER");

  @Inject private transient RoundService rounds;
  @Inject private transient ReferenceDataService reference;
  @Inject private transient CallerService callers;
  @Inject private transient CurrentCaller caller;

  private RoundSetupForm form = new RoundSetupForm();
  private List<ProgrammeView> programmes;
  private List<RoundView> ownRounds;
  private String potRound;
  private BigDecimal newPot;

  @PostConstruct
  void load() {
    programmes = reference.programmes().stream().sorted(Comparator.comparing(ProgrammeView::name)).toList();
    ownRounds = loadOwnRounds();
  }

  /** Opens the round (the {@code setup:open} button). */
  public void open() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      RoundView round = rounds.configure(caller.current().orElseThrow(), form.toInput());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          "Round " + round.reference() + " opened", round.name() + ": the window closes " + RoundRulesText.dateTime(round.closesAt()) + "."));
      form = new RoundSetupForm();
      ownRounds = loadOwnRounds();
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> fieldError(faces, "setup", error));
      faces.validationFailed();
    } catch (ForbiddenActionException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
      faces.validationFailed();
    }
  }

  /** Changes the chosen round's pot (the {@code pot:change} button). */
  public void changePot() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      RoundView round = rounds.changePot(caller.current().orElseThrow(), potRound, new RoundInput.Amount(newPot));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          "The pot of " + round.reference() + " is now " + RoundRulesText.money(round.pot()), null));
      newPot = null;
      ownRounds = loadOwnRounds();
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> fieldError(faces, "pot", error));
      faces.validationFailed();
    } catch (ForbiddenActionException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
      faces.validationFailed();
    }
  }

  /** A message for the field's input (shown beside it and in the list at the top), marking the input invalid. */
  private void fieldError(FacesContext faces, String formId, FieldError error) {
    String clientId = clientId(formId, error.field());
    String text = RoundFieldLabels.message(error.field(), error.message());
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, RoundFieldLabels.label(error.field()) + ": " + text, text);
    UIComponent input = clientId == null ? null : faces.getViewRoot().findComponent(":" + clientId);
    if (input instanceof UIInput field) {
      field.setValid(false);
    }
    faces.addMessage(input == null ? null : clientId, message);
  }

  private String clientId(String formId, String field) {
    String id = RoundFieldLabels.componentId(field);
    String index = RoundFieldLabels.index(field);
    if (field != null && field.startsWith("rules.criteria[") && index != null) {
      int row = form.criterionRow(Integer.parseInt(index));
      return row < 0 ? null : formId + ":criteria:" + row + ":code";
    }
    if (field != null && field.startsWith("rules.yearCaps[")) {
      List<RoundSetupForm.YearCap> caps = form.getYearCaps();
      for (int row = 0; row < caps.size(); row++) {
        if (index != null && index.equals(caps.get(row).getYear() == null ? "" : caps.get(row).getYear().strip())) {
          return formId + ":year-caps:" + row + ":year";
        }
      }
      return null;
    }
    return id == null ? null : formId + ":" + id;
  }

  private List<RoundView> loadOwnRounds() {
    return caller.current().map(c -> {
      String organisation = callers.names(c.username()).organisationName();
      return rounds.allRounds().stream().filter(r -> r.funderName().equals(organisation))
          .sorted(Comparator.comparing(RoundView::opensAt).reversed()).toList();
    }).orElse(List.of());
  }

  /** Whether the person may open rounds: the roles the round service accepts. */
  public boolean isAllowed() {
    return caller.current().map(RoundSetupView::administers).orElse(false);
  }

  static boolean administers(Caller c) {
    return c.hasRole(CandidateGroups.GRANT_OFFICER) || c.hasRole(CandidateGroups.ADMIN)
        || (c.hasRole(CandidateGroups.FINANCE_LEAD) && "PCC_OFFICE".equals(c.organisationType()));
  }

  public String typeName(String type) {
    String name = RoundRulesText.type(type);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public String window(RoundView round) {
    return RoundRulesText.dateTime(round.opensAt()) + " to " + RoundRulesText.dateTime(round.closesAt());
  }

  public String money(BigDecimal pounds) {
    return RoundRulesText.money(pounds);
  }

  public List<String> getOrganisationTypes() {
    return ORGANISATION_TYPES;
  }

  public RoundSetupForm getForm() {
    return form;
  }

  public List<ProgrammeView> getProgrammes() {
    return programmes;
  }

  public List<RoundView> getOwnRounds() {
    return ownRounds;
  }

  public String getPotRound() {
    return potRound;
  }

  public void setPotRound(String potRound) {
    this.potRound = potRound;
  }

  public BigDecimal getNewPot() {
    return newPot;
  }

  public void setNewPot(BigDecimal newPot) {
    this.newPot = newPot;
  }
}
