package org.grantwell.web.organisation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.organisation.ProfileService;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.InvalidInputException;
import org.grantwell.workflow.shared.NotFoundException;
import org.grantwell.workflow.shared.StaleEditException;

/**
 * The signed-in person's organisation profile ({@code app/profile.xhtml}), which every new bid of
 * the organisation copies. Saved whole with the version the page loaded, so a save over someone
 * else's change is refused and says so, keeping what was typed; refused fields get their message
 * next to the input. Only those {@link ProfileService} lets edit see a form they can save.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "profile";

  /** Service field paths and the ids of their inputs. */
  private static final Map<String, String> INPUTS = Map.ofEntries(
      Map.entry("registeredAddress.line1", "address-line1"), Map.entry("registeredAddress.line2", "address-line2"),
      Map.entry("registeredAddress.town", "town"), Map.entry("registeredAddress.postcode", "postcode"),
      Map.entry("mainContact.name", "contact-name"), Map.entry("mainContact.role", "contact-role"),
      Map.entry("mainContact.email", "contact-email"), Map.entry("mainContact.phone", "contact-phone"),
      Map.entry("financeContact.name", "finance-name"), Map.entry("financeContact.email", "finance-email"),
      Map.entry("bankAccount.accountName", "account-name"), Map.entry("bankAccount.sortCode", "sort-code"),
      Map.entry("bankAccount.accountNumber", "account-number"), Map.entry("governance.legalStatus", "legal-status"),
      Map.entry("governance.charityNumber", "charity-number"), Map.entry("governance.companyNumber", "company-number"),
      Map.entry("governance.safeguardingPolicyDate", "safeguarding-date"),
      Map.entry("governance.accountsYearEnd", "accounts-year-end"));

  @Inject private ProfileService profiles;
  @Inject private CurrentCaller currentCaller;

  private org.grantwell.workflow.organisation.ProfileView profile;
  private ProfileForm form;
  private String staleMessage;

  /** {@code f:viewAction}: the caller's organisation's profile, or 404 when they have none to see. */
  public void load() throws IOException {
    try {
      Caller caller = caller();
      if (caller.organisationId() == null) {
        throw new NotFoundException("You do not act for an organisation");
      }
      apply(profiles.get(caller, caller.organisationId()));
    } catch (NotFoundException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Saves the whole profile with the version loaded; the page keeps the input when it is refused. */
  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      apply(profiles.save(caller(), profile.organisationId(), form.toInput(profile.version())));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Profile saved",
          "New bids of " + profile.organisationName() + " start from these details."));
    } catch (InvalidInputException e) {
      showErrors(faces, e.errors());
    } catch (StaleEditException e) {
      staleMessage = e.getMessage();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not saved: someone else changed the profile",
          "Nothing you typed was saved over their change. Copy what you need, then reload the profile."));
      faces.validationFailed();
    } catch (ForbiddenActionException | NotFoundException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The profile was not saved", e.getMessage()));
      faces.validationFailed();
    }
  }

  private static void showErrors(FacesContext faces, List<FieldError> errors) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The profile was not saved",
        errors.size() == 1 ? "One answer needs changing; see the message next to it."
            : errors.size() + " answers need changing; see the messages next to them."));
    for (FieldError error : errors) {
      String input = INPUTS.get(error.field());
      String clientId = input == null ? null : FORM + ":" + input;
      String summary = input == null ? error.field() + ": " + error.message() : error.message();
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, error.message()));
    }
    faces.validationFailed();
  }

  private void apply(org.grantwell.workflow.organisation.ProfileView view) {
    profile = view;
    form = ProfileForm.of(view);
    staleMessage = null;
  }

  private Caller caller() {
    return currentCaller.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
  }

  public List<SelectItem> getLegalStatusItems() {
    return List.of(new SelectItem("CHARITY", "Registered charity"),
        new SelectItem("CHARITABLE_COMPANY", "Charitable company (charity and company)"),
        new SelectItem("COMPANY", "Company, including a community interest company"),
        new SelectItem("PUBLIC_BODY", "Public body"), new SelectItem("OTHER", "Other"));
  }

  /** The legal status in words, for the read-only page. */
  public String getLegalStatusLabel() {
    return getLegalStatusItems().stream().filter(i -> i.getValue().equals(form.getLegalStatus()))
        .map(SelectItem::getLabel).findFirst().orElse("Not given");
  }

  /** Who saved the profile last and when, or that it has not been saved yet. */
  public String getLastSaved() {
    Instant at = profile.updatedAt();
    return profile.updatedBy() == null ? "Not saved yet: new bids start with these details empty."
        : "Last saved " + (at == null ? "" : org.grantwell.web.faces.UkDates.dateTime(at) + " ") + "by " + profile.updatedBy() + ".";
  }

  public boolean isEditable() {
    return profile != null && profile.editable();
  }

  public boolean isStale() {
    return staleMessage != null;
  }

  public String getStaleMessage() {
    return staleMessage;
  }

  public org.grantwell.workflow.organisation.ProfileView getProfile() {
    return profile;
  }

  public ProfileForm getForm() {
    return form;
  }
}
