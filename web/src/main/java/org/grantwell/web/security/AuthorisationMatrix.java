package org.grantwell.web.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grantwell.workflow.model.CandidateGroups;

/**
 * Who may do what, in one table: every JAX-RS endpoint (method + path template under {@code /api})
 * and every page ({@code /app/*.xhtml}, the public pages, {@code /app/export/*}), with the roles
 * allowed, whether the records it names are scoped to the caller's organisation, and what a
 * signed-in caller without the role gets.
 *
 * <p>The rules the table encodes:
 *
 * <ul>
 *   <li>Anonymous: public entries answer; anything else is 401 on the API and a redirect to the
 *       login page under {@code /app}.
 *   <li>Signed in without a listed role: 403 on the API (the {@code @RolesAllowed} check runs
 *       before the body is read or validated, and before any record is looked up, so it says
 *       nothing about records); on a page 403, or 200 with a polite "not for your role" message
 *       where {@link Refusal#POLITE_PAGE} says so.
 *   <li>Allowed role, {@link Scope#RECORD}: a record the caller's organisation may see (the bid's
 *       lead organisation, its area's PCC office, the round's funder; national finance and admin
 *       see all) answers; another organisation's answers 404, never 403, so existence does not
 *       leak. An allowed role may still get a 403 with a domain reason for a record it can see but
 *       not change (a read-only team member).
 * </ul>
 *
 * <p>{@code AuthorisationMatrixTest} fails the build when an endpoint or page has no entry, when an
 * entry names one that does not exist, or when an endpoint's {@code @RolesAllowed}/{@code
 * @PermitAll} disagrees with its entry; {@code AuthorisationIT} walks every entry under every demo
 * role. An entry whose {@link Entry#gap()} is set states what should hold but does not yet (the
 * code is elsewhere); the IT reports it without failing.
 */
public final class AuthorisationMatrix {

  /** An HTTP endpoint of the API or a page. */
  public enum Surface {
    API,
    PAGE
  }

  /** How the entry's records relate to the caller's organisation. */
  public enum Scope {
    /** No records: reference data, health, or a request that creates one. */
    NONE,
    /** Lists and reports: filtered to what the caller's organisation may see, never 404. */
    CALLER,
    /** Names a record (path or query parameter): another organisation's answers 404. */
    RECORD,
    /** Names a published record (a round): another funder's answers 403, since it is public. */
    PUBLIC_RECORD
  }

  /** What a signed-in caller without any of the entry's roles gets. */
  public enum Refusal {
    /** Open to everyone, no refusal. */
    NONE,
    /** 403. */
    FORBIDDEN,
    /** 200 with a message that the page is not for the caller's role, and no records. */
    POLITE_PAGE
  }

  /**
   * One row of the table.
   *
   * @param method HTTP method ({@code GET} for pages)
   * @param path {@code /api/...} template with {@code {param}}s, or the page's path
   * @param open true for public entries (no login); then {@code roles} is empty
   * @param roles the roles allowed (any one suffices)
   * @param record for {@link Scope#RECORD} pages: the query parameter and what it names, {@code
   *     id=bid}; else null
   * @param condition a rule beyond the role that the service applies (403), or null
   * @param gap what should hold but the code does not enforce yet, or null
   */
  public record Entry(
      Surface surface,
      String method,
      String path,
      boolean open,
      Set<String> roles,
      Scope scope,
      Refusal refusal,
      String record,
      String condition,
      String gap) implements java.io.Serializable {

    public Entry {
      roles = Set.copyOf(roles);
    }

    /** True when a caller with these roles passes the role check (anyone for open entries). */
    public boolean allows(Set<String> callerRoles) {
      return open || callerRoles.stream().anyMatch(roles::contains);
    }

    public String key() {
      return method + " " + path;
    }
  }

  public static final Set<String> ALL = Set.copyOf(CandidateGroups.ALL);
  public static final Set<String> BIDDERS =
      Set.of(CandidateGroups.PCC_BIDDER, CandidateGroups.PARTNER_BIDDER, CandidateGroups.PROVIDER_BIDDER);
  /** Finance and funders' officers: ledgers, reports, exports. */
  public static final Set<String> FINANCE =
      Set.of(CandidateGroups.FINANCE_LEAD, CandidateGroups.NATIONAL_FINANCE, CandidateGroups.GRANT_OFFICER, CandidateGroups.ADMIN);
  /** Finance plus the bidders, who follow their own bids' match funding. */
  public static final Set<String> MATCH_FUNDING = union(FINANCE, BIDDERS);
  /** The auditors' roles: administrators and national finance. */
  public static final Set<String> AUDITORS = Set.of(CandidateGroups.NATIONAL_FINANCE, CandidateGroups.ADMIN);
  /** Those who configure rounds (finance leads only in a PCC office). */
  public static final Set<String> ROUND_ADMINS =
      Set.of(CandidateGroups.GRANT_OFFICER, CandidateGroups.FINANCE_LEAD, CandidateGroups.ADMIN);
  /** Who may replace their organisation's profile. */
  public static final Set<String> PROFILE_EDITORS = union(BIDDERS, Set.of(CandidateGroups.FINANCE_LEAD));
  /** Everyone but assessors, who assess bids before any award and so never see variations. */
  public static final Set<String> VARIATION_READERS = minus(ALL, CandidateGroups.ASSESSOR);

  private static final String PCC_FINANCE = "a finance lead only for a PCC office; another funder's round 403";

  public static final List<Entry> ENTRIES =
      table(
          // reference data and health
          api("GET", "/api/health", null, Scope.NONE),
          api("GET", "/api/force-areas", null, Scope.NONE),
          api("GET", "/api/programmes", null, Scope.NONE),
          api("GET", "/api/organisations", ALL, Scope.NONE),
          // rounds: published information; funders' officers change them
          api("GET", "/api/rounds", null, Scope.NONE),
          api("GET", "/api/rounds/{reference}", null, Scope.NONE),
          api("POST", "/api/rounds", ROUND_ADMINS, Scope.NONE).when(PCC_FINANCE),
          api("PUT", "/api/rounds/{reference}/pot", ROUND_ADMINS, Scope.PUBLIC_RECORD).when(PCC_FINANCE),
          api("PUT", "/api/rounds/{reference}/envelopes/{area}", ROUND_ADMINS, Scope.PUBLIC_RECORD).when(PCC_FINANCE),
          // bids: everyone reads what their organisation may see; only bidders write
          api("GET", "/api/bids", ALL, Scope.CALLER),
          api("POST", "/api/bids", BIDDERS, Scope.NONE),
          api("GET", "/api/bids/{id}", ALL, Scope.RECORD),
          api("PUT", "/api/bids/{id}", BIDDERS, Scope.RECORD).when("the lead organisation's team member with EDIT or BUDGET"),
          api("POST", "/api/bids/{id}/submit-for-sign-off", BIDDERS, Scope.RECORD).when("a team member with EDIT, on a draft"),
          api("GET", "/api/bids/{id}/team", ALL, Scope.RECORD),
          api("PUT", "/api/bids/{id}/team", BIDDERS, Scope.RECORD).when("a team member with EDIT"),
          api("GET", "/api/bids/{id}/checks", ALL, Scope.RECORD),
          api("GET", "/api/bids/{id}/history", ALL, Scope.RECORD),
          api("GET", "/api/bids/{id}/diagram", ALL, Scope.RECORD),
          api("GET", "/api/bids/{bidId}/attachments", ALL, Scope.RECORD),
          api("POST", "/api/bids/{bidId}/attachments", BIDDERS, Scope.RECORD).when("a team member who may edit the bid"),
          api("GET", "/api/bids/{bidId}/attachments/{attachmentId}", ALL, Scope.RECORD),
          api("DELETE", "/api/bids/{bidId}/attachments/{attachmentId}", BIDDERS, Scope.RECORD).when("a team member who may edit the bid"),
          // organisations' profiles: members read (national finance and admin read any)
          api("GET", "/api/organisations/{id}/profile", ALL, Scope.RECORD),
          api("PUT", "/api/organisations/{id}/profile", PROFILE_EDITORS, Scope.RECORD),
          // tasks: offered by candidate group; a task on a bid the caller may not see is 404
          api("GET", "/api/tasks", ALL, Scope.CALLER),
          api("POST", "/api/tasks/{id}/claim", ALL, Scope.RECORD).when("offered to one of the caller's groups, else 403"),
          api("POST", "/api/tasks/{id}/unclaim", ALL, Scope.RECORD).when("held by the caller, else 403"),
          api("POST", "/api/tasks/{id}/complete", ALL, Scope.RECORD).when("offered to or held by the caller, else 403"),
          // variations of awards in delivery
          api("GET", "/api/variations", VARIATION_READERS, Scope.RECORD),
          api("POST", "/api/variations", BIDDERS, Scope.RECORD).when("the bid's lead organisation, during delivery"),
          // finance
          api("GET", "/api/finance/match-funding", MATCH_FUNDING, Scope.CALLER),
          api("GET", "/api/finance/match-funding/{bidReference}", MATCH_FUNDING, Scope.RECORD),
          api("POST", "/api/finance/match-funding/{bidReference}/{position}", MATCH_FUNDING, Scope.RECORD)
              .when("the funder's finance lead or grant officer, or the bid's lead organisation"),
          api("GET", "/api/finance/spending-windows", FINANCE, Scope.CALLER),
          api("GET", "/api/ledger/reconciliation", FINANCE, Scope.CALLER),
          api("GET", "/api/ledger/balances", FINANCE, Scope.CALLER),
          api("GET", "/api/reports/action1", FINANCE, Scope.CALLER).when("?funder= another organisation: 404 unless national"),
          // exports (the same files as /app/export/*)
          api("GET", "/api/export/360giving", FINANCE, Scope.CALLER),
          api("POST", "/api/export/360giving/publication", FINANCE, Scope.CALLER),
          api("GET", "/api/export/ledger", FINANCE, Scope.CALLER),
          api("GET", "/api/export/awards", FINANCE, Scope.CALLER),
          api("GET", "/api/export/match-funding", FINANCE, Scope.CALLER),
          api("GET", "/api/export/spending-windows", FINANCE, Scope.CALLER),
          api("GET", "/api/export/action1", FINANCE, Scope.CALLER),
          // the audit record's tamper check
          api("GET", "/api/audit/verify", AUDITORS, Scope.NONE),
          // pages
          page("/index.xhtml", null, Scope.NONE, Refusal.NONE),
          page("/login.xhtml", null, Scope.NONE, Refusal.NONE),
          page("/app/home.xhtml", ALL, Scope.CALLER, Refusal.NONE),
          page("/app/tasks.xhtml", ALL, Scope.CALLER, Refusal.NONE),
          page("/app/task.xhtml", ALL, Scope.RECORD, Refusal.NONE).record("id=task"),
          page("/app/bids.xhtml", ALL, Scope.CALLER, Refusal.NONE),
          page("/app/bid.xhtml", ALL, Scope.RECORD, Refusal.NONE).record("id=bid"),
          page("/app/bid-edit.xhtml", ALL, Scope.RECORD, Refusal.NONE).record("id=bid")
              .when("read-only unless the caller may edit the bid"),
          page("/app/variation.xhtml", ALL, Scope.RECORD, Refusal.NONE).record("bid=bid")
              .when("asking for one: the lead organisation's bidders"),
          page("/app/profile.xhtml", ALL, Scope.CALLER, Refusal.NONE).when("read-only unless a profile editor"),
          page("/app/rounds.xhtml", ALL, Scope.NONE, Refusal.NONE),
          page("/app/round-setup.xhtml", ROUND_ADMINS, Scope.CALLER, Refusal.POLITE_PAGE).when(PCC_FINANCE),
          page("/app/ranking.xhtml", ALL, Scope.PUBLIC_RECORD, Refusal.FORBIDDEN).record("round=round")
              .when("a PCC office's staff only (403 for anyone else), their area's bids"),
          page("/app/action1.xhtml", FINANCE, Scope.CALLER, Refusal.POLITE_PAGE),
          page("/app/ledger.xhtml", FINANCE, Scope.CALLER, Refusal.FORBIDDEN),
          page("/app/match-funding.xhtml", MATCH_FUNDING, Scope.CALLER, Refusal.FORBIDDEN),
          page("/app/spending.xhtml", FINANCE, Scope.CALLER, Refusal.FORBIDDEN),
          page("/app/export/*", FINANCE, Scope.CALLER, Refusal.FORBIDDEN));

  private AuthorisationMatrix() {}

  public static List<Entry> api() {
    return ENTRIES.stream().filter(e -> e.surface() == Surface.API).toList();
  }

  public static List<Entry> pages() {
    return ENTRIES.stream().filter(e -> e.surface() == Surface.PAGE).toList();
  }

  public static Optional<Entry> find(Surface surface, String method, String path) {
    return ENTRIES.stream()
        .filter(e -> e.surface() == surface && e.method().equals(method) && e.path().equals(path))
        .findFirst();
  }

  /** An API entry; {@code roles} null means public ({@code @PermitAll}). */
  private static Builder api(String method, String path, Set<String> roles, Scope scope) {
    return new Builder(Surface.API, method, path, roles, scope, roles == null ? Refusal.NONE : Refusal.FORBIDDEN);
  }

  private static Builder page(String path, Set<String> roles, Scope scope, Refusal refusal) {
    return new Builder(Surface.PAGE, "GET", path, roles, scope, refusal);
  }

  private static List<Entry> table(Builder... rows) {
    return Arrays.stream(rows).map(Builder::build).toList();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Set<String> minus(Set<String> a, String role) {
    Set<String> rest = new LinkedHashSet<>(a);
    rest.remove(role);
    return Set.copyOf(rest);
  }

  /** Builds an entry in one line of the table; converts to {@link Entry} where the list is made. */
  private static final class Builder {
    private final Surface surface;
    private final String method;
    private final String path;
    private final Set<String> roles;
    private final Scope scope;
    private final Refusal refusal;
    private String record;
    private String condition;
    private String gap;

    Builder(Surface surface, String method, String path, Set<String> roles, Scope scope, Refusal refusal) {
      this.surface = surface;
      this.method = method;
      this.path = path;
      this.roles = roles;
      this.scope = scope;
      this.refusal = refusal;
    }

    Builder record(String parameter) {
      this.record = parameter;
      return this;
    }

    Builder when(String rule) {
      this.condition = rule;
      return this;
    }

    Builder gap(String missing) {
      this.gap = missing;
      return this;
    }

    Entry build() {
      return new Entry(surface, method, path, roles == null, roles == null ? Set.of() : roles, scope, refusal, record, condition, gap);
    }
  }
}
