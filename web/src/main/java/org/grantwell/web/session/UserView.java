package org.grantwell.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;

/** Who is signed in, as the layout shows them, and the menu their roles give them. */
@Named
@RequestScoped
public class UserView {

  /** A menu entry: label and page path. */
  public record MenuItem(String label, String path) implements java.io.Serializable {}

  private static final Map<String, String> ROLE_NAMES = Map.of(
      CandidateGroups.PCC_BIDDER, "Bidder (PCC office)",
      CandidateGroups.PARTNER_BIDDER, "Bidder (partner)",
      CandidateGroups.PROVIDER_BIDDER, "Bidder (provider)",
      CandidateGroups.PCC_SIGNOFF, "Sign-off",
      CandidateGroups.FINANCE_LEAD, "Finance lead",
      CandidateGroups.NATIONAL_FINANCE, "National finance",
      CandidateGroups.ASSESSOR, "Assessor",
      CandidateGroups.PANEL, "Panel",
      CandidateGroups.GRANT_OFFICER, "Grant officer",
      CandidateGroups.ADMIN, "Administrator");

  @Inject private CurrentCaller currentCaller;
  @Inject private CallerService callers;

  private CallerService.Names names;

  public boolean isSignedIn() {
    return caller().isPresent();
  }

  public String getDisplayName() {
    return names().map(CallerService.Names::displayName).orElse("");
  }

  public String getOrganisation() {
    return names().map(CallerService.Names::organisationName).orElse("");
  }

  public String getRoles() {
    return caller().map(c -> String.join(", ", c.roles().stream().sorted().map(r -> ROLE_NAMES.getOrDefault(r, r)).toList()))
        .orElse("");
  }

  public boolean has(String role) {
    return caller().map(c -> c.hasRole(role)).orElse(false);
  }

  /** The pages this person's roles open, in the order of their work. */
  public List<MenuItem> getMenu() {
    List<MenuItem> menu = new ArrayList<>();
    menu.add(new MenuItem("Home", "/app/home.xhtml"));
    menu.add(new MenuItem("Tasks", "/app/tasks.xhtml"));
    if (caller().map(c -> c.roles().stream().anyMatch(r -> r.endsWith("bidder"))).orElse(false)) {
      menu.add(new MenuItem("My bids", "/app/bids.xhtml"));
    } else {
      menu.add(new MenuItem("Bids", "/app/bids.xhtml"));
    }
    if (caller().map(c -> c.roles().stream().anyMatch(r -> r.endsWith("bidder"))).orElse(false)) {
      menu.add(new MenuItem("Organisation profile", "/app/profile.xhtml"));
    }
    if (caller().map(c -> c.hasRole(CandidateGroups.GRANT_OFFICER) || c.hasRole(CandidateGroups.ADMIN)
        || (c.hasRole(CandidateGroups.FINANCE_LEAD) && "PCC_OFFICE".equals(c.organisationType()))).orElse(false)) {
      menu.add(new MenuItem("Round set-up", "/app/round-setup.xhtml"));
    }
    if (caller().map(c -> c.hasRole(CandidateGroups.FINANCE_LEAD) || c.hasRole(CandidateGroups.NATIONAL_FINANCE)
        || c.hasRole(CandidateGroups.ADMIN)).orElse(false)) {
      menu.add(new MenuItem("Ledger", "/app/ledger.xhtml"));
    }
    if (caller().map(c -> c.hasRole(CandidateGroups.FINANCE_LEAD) || c.hasRole(CandidateGroups.NATIONAL_FINANCE)
        || c.hasRole(CandidateGroups.GRANT_OFFICER) || c.hasRole(CandidateGroups.ADMIN)).orElse(false)) {
      menu.add(new MenuItem("Action 1 dashboard", "/app/action1.xhtml"));
      menu.add(new MenuItem("Match funding", "/app/match-funding.xhtml"));
      menu.add(new MenuItem("Spending windows", "/app/spending.xhtml"));
    }
    menu.add(new MenuItem("Open rounds", "/app/rounds.xhtml"));
    return menu;
  }

  private Optional<Caller> caller() {
    return currentCaller.current();
  }

  private Optional<CallerService.Names> names() {
    if (names == null && caller().isPresent()) {
      names = callers.names(caller().get().username());
    }
    return Optional.ofNullable(names);
  }
}
