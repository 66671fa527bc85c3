package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.grantwell.db.award.Award;
import org.grantwell.db.award.AwardRepository;
import org.grantwell.db.award.AwardRepository.FundedAward;
import org.grantwell.db.award.FundingDecision;
import org.grantwell.db.shared.Money;
import org.grantwell.workflow.audit.AuditTrail;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.grantwell.workflow.security.CallerService;
import org.grantwell.workflow.shared.ForbiddenActionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class ExportServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
  private static final Caller NATIONAL =
      new Caller("finance.national", 1L, 101L, "FUNDER", null, Set.of(CandidateGroups.NATIONAL_FINANCE));
  private static final Caller AVON =
      new Caller("finance.avon", 2L, 1L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.FINANCE_LEAD));

  @Mock private AwardRepository awards;
  @Mock private AuditTrail audit;
  @Mock private CallerService callers;
  @Mock private Clock clock;
  @InjectMocks private ExportService service;

  private AutoCloseable mocks;

  @BeforeEach
  void setUp() {
    mocks = MockitoAnnotations.openMocks(this);
    when(clock.instant()).thenReturn(NOW);
    when(callers.names("finance.avon")).thenReturn(new CallerService.Names("Avon Finance", "OPCC Avon and Somerset"));
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  private static List<FundedAward> awards(long from, long to) {
    return LongStream.rangeClosed(from, to).mapToObj(id -> TableSamples.funded(id, null)).toList();
  }

  private String write(Caller caller, Export export, ExportFormat format, String programme) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    service.write(caller, new ExportRequest(export, format, programme, null), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldWriteAPackageThatValidatesAgainstTheSchemaWhen360GivingJson() throws IOException {
    when(awards.findFundedPage(null, null, 0, ExportService.PAGE_SIZE)).thenReturn(awards(1, 2));

    String json = write(NATIONAL, Export.THREE_SIXTY_GIVING, ExportFormat.JSON, null);

    assertThat(PackageSchema.validate(json)).isEmpty();
    JsonArray grants = Json.createReader(new StringReader(json)).readObject().getJsonArray("grants");
    assertThat(grants).hasSize(2);
    assertThat(grants.getJsonObject(0).getString("id")).isEqualTo("360G-grantwell-GW-1");
    assertThat(grants.getJsonObject(0).getJsonArray("recipientOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("GB-CHC-1070468");
    // an identifier not in org-id form is replaced by the publisher's own, not a failed file
    assertThat(grants.getJsonObject(1).getJsonArray("recipientOrganization").getJsonObject(0).getString("id"))
        .isEqualTo("360G-grantwell-ORG-7");
    assertThat(grants.getJsonObject(0).getString("fromOpenCall")).isEqualTo("Yes");
  }

  @Test
  void shouldReadPageAfterPageByBidIdWhenMoreThanOnePage() throws IOException {
    int page = ExportService.PAGE_SIZE;
    when(awards.findFundedPage(null, "SSF", 0, page)).thenReturn(awards(1, page));
    when(awards.findFundedPage(null, "SSF", page, page)).thenReturn(awards(page + 1, page + 3));

    String json = write(NATIONAL, Export.THREE_SIXTY_GIVING, ExportFormat.JSON, "SSF");

    assertThat(Json.createReader(new StringReader(json)).readObject().getJsonArray("grants")).hasSize(page + 3);
    assertThat(PackageSchema.validate(json)).isEmpty();
    verify(awards, never()).findFundedPage(isNull(), eq("SSF"), eq((long) page + 3), eq(page));
  }

  @Test
  void shouldNarrowToTheCallersOrganisationWhenNotNational() throws IOException {
    when(awards.findFundedPage(1L, null, 0, ExportService.PAGE_SIZE)).thenReturn(awards(5, 5));

    String csv = write(AVON, Export.THREE_SIXTY_GIVING, ExportFormat.CSV, null);

    assertThat(csv).startsWith("Identifier,Title,").contains("360G-grantwell-GW-5,Safer parks 5,");
    verify(awards, never()).findFundedPage(isNull(), isNull(), anyLong(), eq(ExportService.PAGE_SIZE));
  }

  @Test
  void shouldWriteOneAwardRowWithLedgerFiguresWhenAwardsCsv() throws IOException {
    when(awards.findFundedPage(null, null, 0, ExportService.PAGE_SIZE)).thenReturn(awards(1, 1));

    String csv = write(NATIONAL, Export.AWARDS, ExportFormat.CSV, null);

    assertThat(csv.split("\r\n"))
        .containsExactly(
            String.join(",", AwardTables.HEADINGS),
            "GW-1,SSF5-R1,SSF,Safe Places Trust,Avon and Somerset,125000.00,2026-08-01,2026-10-01,"
                + "2028-03-31,125000.00,25000.00,100000.00");
  }

  @Test
  void shouldPublishOnlyTheUnpublishedAndAuditEachWhenPublishing() {
    Instant earlier = Instant.parse("2026-10-01T09:00:00Z");
    when(awards.findFundedPage(null, null, 0, ExportService.PAGE_SIZE))
        .thenReturn(List.of(TableSamples.funded(1, earlier), TableSamples.funded(2, null)));
    Award second = new Award(2L, 1000L);
    second.decide(FundingDecision.FUND, Money.of("125000.00"), null, null, "panel", earlier);
    when(awards.findAll(List.of(2L))).thenReturn(List.of(second));

    Publication publication = service.publish(NATIONAL, null);

    assertThat(publication.published()).isEqualTo(1);
    assertThat(publication.grantIds()).containsExactly("360G-grantwell-GW-1", "360G-grantwell-GW-2");
    assertThat(publication.publishedAt()).isEqualTo(NOW);
    assertThat(second.getPublishedAt()).isEqualTo(NOW);
    verify(audit).record("finance.national", "AWARD", "GW-2", "PUBLISHED_OPEN_DATA", null,
        Map.of("publishedAt", NOW.toString(), "grantId", "360G-grantwell-GW-2"));
  }

  @Test
  void shouldRefuseCallersWithoutAnExportRoleWhenWriting() {
    Caller bidder = new Caller("bidder", 3L, 7L, "PROVIDER", null, Set.of(CandidateGroups.PROVIDER_BIDDER));

    assertThatThrownBy(() -> write(bidder, Export.AWARDS, ExportFormat.CSV, null))
        .isInstanceOf(ForbiddenActionException.class);
    assertThatThrownBy(() -> service.publish(bidder, null)).isInstanceOf(ForbiddenActionException.class);
  }

  @Test
  void shouldSayWhetherThereIsAnyGrantWhenAsked() {
    when(awards.findFundedPage(1L, "SSF", 0, 1)).thenReturn(List.of());
    when(awards.findFundedPage(null, null, 0, 1)).thenReturn(awards(1, 1));

    assertThat(service.hasGrants(AVON, "SSF")).isFalse();
    assertThat(service.hasGrants(NATIONAL, null)).isTrue();
  }
}
