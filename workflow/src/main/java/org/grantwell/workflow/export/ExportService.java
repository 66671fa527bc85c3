package org.grantwell.workflow.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.AwardRepository;
import org.grantwell.db.award.AwardRepository.FundedAward;
import org.grantwell.db.ledger.LedgerEntry;
import org.grantwell.db.ledger.LedgerRepository;
import org.grantwell.db.round.FundingRound;
import org.grantwell.db.round.FundingRoundRepository;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.ledger.LedgerService;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.finance.MatchFundingService;
import org.grantwell.workflow.finance.SpendingWindowService;
import org.grantwell.workflow.report.Action1Scope;
import org.grantwell.workflow.report.Action1Service;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.grantwell.workflow.shared.NotFoundException;

/**
 * Writes a named export (the ledger, the funded awards, the Action 1 report, the 360Giving file)
 * to a stream, for the API and the pages alike, and publishes the 360Giving file. Everything is
 * narrowed to what the caller may see: national finance and administrators every round, anyone
 * else the rounds their organisation funds (as the ledger overview and the Action 1 report do).
 *
 * <p>The awards are read {@value #PAGE_SIZE} at a time by bid id, one query per page joining the
 * bid, round, programme, organisations, force area and ledger balance, and written as they are
 * read, so memory stays flat however many there are. Call {@link #write} from the code that writes
 * the response body: the transaction then spans the whole read.
 */
@ApplicationScoped
@Transactional
public class ExportService {

  static final int PAGE_SIZE = 500;
  static final String AUDIT_ENTITY_TYPE = "AWARD";
  static final String AUDIT_ACTION = "PUBLISHED_OPEN_DATA";

  /** The roles that may export and publish. */
  public static final Set<String> ROLES =
      Set.of(
          CandidateGroups.GRANT_OFFICER,
          CandidateGroups.FINANCE_LEAD,
          CandidateGroups.NATIONAL_FINANCE,
          CandidateGroups.ADMIN);

  @Inject private AwardRepository awards;
  @Inject private FundingRoundRepository rounds;
  @Inject private LedgerService ledger;
  @Inject private LedgerRepository entries;
  @Inject private Action1Service action1;
  @Inject private MatchFundingService matchFunding;
  @Inject private SpendingWindowService spending;
  @Inject private AuditTrail audit;
  @Inject private CallerService callers;
  @Inject private Clock clock;

  private final OpenDataSettings settings = OpenDataSettings.fromSystemProperties();

  /** Writes the export to {@code out} (flushed, not closed). */
  public void write(Caller caller, ExportRequest request, OutputStream out) throws IOException {
    requireRole(caller);
    LocalDate today = LocalDate.ofInstant(clock.instant(), FinancialYear.LONDON);
    switch (request.export()) {
      case THREE_SIXTY_GIVING -> writeGrants(caller, request, today, out);
      case LEDGER -> writer(request.format()).write(ledgerReport(caller, today), out);
      case AWARDS -> writer(request.format()).write(awardsReport(caller, request, today), out);
      case ACTION1 -> writer(request.format()).write(action1Report(caller, request, today), out);
      case MATCH_FUNDING -> writer(request.format()).write(new Report("Match funding", scope(caller, request.programme()), today,
          FinanceTables.matchFunding(matchFunding.report(caller, null, request.programme(), null))), out);
      case SPENDING_WINDOWS -> writer(request.format()).write(new Report("Spending windows", scope(caller, null), today,
          FinanceTables.spending(spending.report(caller, request.asOf() == null ? today : request.asOf(), false))), out);
    }
  }

  /** Whether the 360Giving file would hold any grant (the standard requires at least one). */
  public boolean hasGrants(Caller caller, String programme) {
    requireRole(caller);
    return !awards.findFundedPage(funderOf(caller), programme, 0, 1).isEmpty();
  }

  /**
   * Marks every award the caller's 360Giving file includes (optionally one programme's) as
   * published now, those not published before, with one audit record each.
   */
  public Publication publish(Caller caller, String programme) {
    requireRole(caller);
    Instant now = clock.instant();
    List<String> grantIds = new ArrayList<>();
    int published = 0;
    for (List<FundedAward> page : pages(caller, programme)) {
      List<Long> unpublished = new ArrayList<>();
      for (FundedAward award : page) {
        grantIds.add(settings.standard().grantId(award.bidReference()));
        if (award.publishedAt() == null) {
          unpublished.add(award.bidId());
        }
      }
      Map<Long, String> references =
          page.stream().collect(Collectors.toMap(FundedAward::bidId, FundedAward::bidReference));
      for (Award award : awards.findAll(unpublished)) {
        award.publish(now);
        String reference = references.get(award.getBidId());
        audit.record(caller.username(), AUDIT_ENTITY_TYPE, reference, AUDIT_ACTION, null,
            Map.of("publishedAt", now.toString(), "grantId", settings.standard().grantId(reference)));
        published++;
      }
    }
    return new Publication(now, published, grantIds);
  }

  private void writeGrants(Caller caller, ExportRequest request, LocalDate today, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    GrantMapping mapping = new GrantMapping(settings.standard());
    Iterable<FundedAward> grants = funded(caller, request.programme());
    if (request.format() == ExportFormat.CSV) {
      GrantCsvWriter csv = settings.standard().csvWriter(writer);
      for (FundedAward award : grants) {
        csv.write(mapping.facts(award));
      }
    } else {
      PackageInfo info = settings.packageInfo(scope(caller, request.programme()), today);
      GrantJsonWriter json = settings.standard().jsonWriter(writer, info);
      for (FundedAward award : grants) {
        json.write(mapping.facts(award));
      }
      json.close(); // not on failure: a half-written package must not end as if complete
    }
    writer.flush();
  }

  private Report awardsReport(Caller caller, ExportRequest request, LocalDate today) {
    return new Report("Funded awards", scope(caller, request.programme()), today,
        List.of(AwardTables.awards(funded(caller, request.programme()))));
  }

  private Report ledgerReport(Caller caller, LocalDate today) {
    List<FundingRound> inScope = roundsOf(caller);
    List<LedgerTables.RoundLedger> balances = new ArrayList<>();
    for (FundingRound round : inScope) {
      balances.add(new LedgerTables.RoundLedger(round.getReference(), round.getName(),
          round.getFunder().getName(), ledger.balances(round.getId()),
          ledger.reconcile(round.getId())));
    }
    Iterable<LedgerTables.Line> lines =
        Rows.flatMap(inScope, this::lines);
    return new Report("Allocation ledger", scope(caller, null), today,
        List.of(LedgerTables.reconciliation(balances), LedgerTables.entries(lines)));
  }

  private List<LedgerTables.Line> lines(FundingRound round) {
    Map<Long, String> references = awards.bidReferencesOfRound(round.getId());
    List<LedgerTables.Line> lines = new ArrayList<>();
    for (LedgerEntry e : entries.findByRound(round.getId())) {
      lines.add(new LedgerTables.Line(round.getReference(), e.getId(), e.getCreatedAt(),
          e.getType().name(), e.getBidId() == null ? null : references.getOrDefault(e.getBidId(),
              String.valueOf(e.getBidId())),
          e.getFinancialYear() == null ? null : e.getFinancialYear().label(), e.getQuarter(),
          e.getCostCategory(), e.getAmount(), e.getReason(), e.getCreatedBy()));
    }
    return lines;
  }

  private Report action1Report(Caller caller, ExportRequest request, LocalDate today) {
    LocalDate asOf = request.asOf() == null ? today : request.asOf();
    return new Report("Action 1 report",
        scope(caller, request.programme()) + "; cliff edges as of " + CellText.date(asOf), today,
        Action1Tables.of(action1.report(caller,
            new Action1Scope(request.funderId(), request.programme(), request.from(), request.to(), asOf))));
  }

  private Iterable<FundedAward> funded(Caller caller, String programme) {
    Long funder = funderOf(caller);
    return Rows.paged(
        after -> awards.findFundedPage(funder, programme, after, PAGE_SIZE),
        FundedAward::bidId,
        PAGE_SIZE);
  }

  private Iterable<List<FundedAward>> pages(Caller caller, String programme) {
    Long funder = funderOf(caller);
    return Rows.pages(
        after -> awards.findFundedPage(funder, programme, after, PAGE_SIZE),
        FundedAward::bidId,
        PAGE_SIZE);
  }

  private List<FundingRound> roundsOf(Caller caller) {
    return rounds.findAll().stream()
        .filter(r -> caller.isNational() || r.getFunder().getId().equals(caller.organisationId()))
        .sorted(Comparator.comparing(FundingRound::getReference))
        .toList();
  }

  /** Null (every funder) for the national roles, else the caller's organisation (or none). */
  private static Long funderOf(Caller caller) {
    if (caller.isNational()) {
      return null;
    }
    return caller.organisationId() == null ? -1L : caller.organisationId();
  }

  private String scope(Caller caller, String programme) {
    String whose =
        caller.isNational()
            ? "All funding rounds"
            : "Rounds funded by " + callers.names(caller.username()).organisationName();
    return programme == null ? whose : whose + ", programme " + programme;
  }

  /**
   * Refuses, before anything is streamed, an export the caller may not have: without an export
   * role (403), or the Action 1 report of a funder other than their own organisation when they are
   * not national (404, as for any record of another organisation).
   */
  public void check(Caller caller, ExportRequest request) {
    requireRole(caller);
    if (request.funderId() != null && !caller.isNational() && !request.funderId().equals(caller.organisationId())) {
      throw new NotFoundException("There is no funder " + request.funderId());
    }
  }

  private static void requireRole(Caller caller) {
    if (caller.roles().stream().noneMatch(ROLES::contains)) {
      throw new ForbiddenActionException(
          "Exports are for grant officers, finance leads, national finance and administrators");
    }
  }

  private static ReportWriter writer(ExportFormat format) {
    return switch (format) {
      case CSV -> new TableCsvWriter();
      case XLSX -> new TableXlsxWriter();
      case PDF -> new TablePdfWriter();
      case JSON -> throw new IllegalArgumentException("A table is not written as JSON");
    };
  }
}
