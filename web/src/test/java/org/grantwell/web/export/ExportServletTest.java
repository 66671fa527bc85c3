package org.grantwell.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
import org.grantwell.web.rest.ExportResource;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.export.Export;
import org.grantwell.workflow.export.ExportFormat;
import org.grantwell.workflow.export.ExportRequest;
import org.grantwell.workflow.export.ExportService;
import org.grantwell.workflow.model.CandidateGroups;
import org.grantwell.workflow.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class ExportServletTest {

  private static final Caller FINANCE =
      new Caller("finance.avon", 2L, 1L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.FINANCE_LEAD));
  private static final Caller BIDDER =
      new Caller("bidder.avon", 3L, 1L, "PCC_OFFICE", "avon-and-somerset", Set.of(CandidateGroups.PCC_BIDDER));

  @Mock private ExportService exports;
  @Mock private CurrentCaller caller;
  @Mock private HttpServletRequest request;
  @Mock private HttpServletResponse response;
  @InjectMocks private ExportServlet servlet;

  private final StringWriter text = new StringWriter();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final ServletOutputStream stream =
      new ServletOutputStream() {
        @Override
        public void write(int b) {
          body.write(b);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
      };
  private AutoCloseable mocks;

  @BeforeEach
  void setUp() throws Exception {
    mocks = MockitoAnnotations.openMocks(this);
    when(response.getWriter()).thenReturn(new PrintWriter(text, true));
    when(response.getOutputStream()).thenReturn(stream);
    when(caller.current()).thenReturn(Optional.of(FINANCE));
  }

  @AfterEach
  void tearDown() throws Exception {
    mocks.close();
  }

  private void get(String pathInfo, String programme, String asOf) throws Exception {
    when(request.getPathInfo()).thenReturn(pathInfo);
    when(request.getParameter("programme")).thenReturn(programme);
    when(request.getParameter("asOf")).thenReturn(asOf);
    servlet.doGet(request, response);
  }

  @Test
  void shouldStreamTheExportAsAnAttachmentWhenAllowed() throws Exception {
    get("/action1.pdf", "SSF", "2026-12-01");

    ExportRequest expected =
        new ExportRequest(Export.ACTION1, ExportFormat.PDF, "SSF", java.time.LocalDate.of(2026, 12, 1));
    verify(exports).write(FINANCE, expected, stream);
    verify(response).setContentType("application/pdf");
    verify(response).setHeader(eq("Content-Disposition"), org.mockito.ArgumentMatchers.matches(
        "attachment; filename=\"grantwell-action1-SSF-\\d{4}-\\d{2}-\\d{2}\\.pdf\""));
  }

  @Test
  void shouldAnswer400ListingTheFormatsWhenTheFormatIsUnknown() throws Exception {
    get("/ledger.pdf", null, null);

    verify(response).setStatus(400);
    assertThat(text.toString()).isEqualTo("The ledger export comes as csv, xlsx, not 'pdf'");
    verify(exports, never()).write(any(), any(), any());
  }

  @Test
  void shouldAnswer403WithoutExportingWhenTheCallerHasNoExportRole() throws Exception {
    when(caller.current()).thenReturn(Optional.of(BIDDER));

    get("/awards.csv", null, null);

    verify(response).setStatus(403);
    verify(exports, never()).write(any(), any(), any());
  }

  @Test
  void shouldAnswer401WhenNoOneIsSignedIn() throws Exception {
    when(caller.current()).thenReturn(Optional.empty());

    get("/awards.csv", null, null);

    verify(response).setStatus(401);
  }

  @Test
  void shouldAnswer404WhenThePathNamesNoExport() throws Exception {
    get("/bids.csv", null, null);

    verify(response).setStatus(404);
    assertThat(text.toString()).contains("ledger.csv", "360giving.json");
  }

  @Test
  void shouldAnswer404WhenThe360GivingFileWouldHoldNoGrant() throws Exception {
    when(exports.hasGrants(FINANCE, "SSF")).thenReturn(false);

    get("/360giving.json", "SSF", null);

    verify(response).setStatus(404);
    verify(exports, never()).write(any(), any(), any());
  }

  @Test
  void shouldServeTheAppExportPathsWithTheApisRoles() {
    assertThat(ExportServlet.class.getAnnotation(WebServlet.class).urlPatterns()).containsExactly("/app/export/*");
    assertThat(ExportResource.class.getAnnotation(RolesAllowed.class).value())
        .containsExactlyInAnyOrderElementsOf(ExportService.ROLES);
  }
}
