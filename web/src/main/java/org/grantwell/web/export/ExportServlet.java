package org.grantwell.web.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.web.security.CurrentCaller;
import org.grantwell.workflow.export.Export;
import org.grantwell.workflow.export.ExportRequest;
import org.grantwell.workflow.export.ExportService;
import org.grantwell.workflow.export.InvalidExportRequestException;
import org.grantwell.workflow.security.Caller;

/**
 * The exports for the pages, with the browser's login session (the API takes HTTP Basic only):
 * {@code /app/export/ledger.csv|xlsx}, {@code /app/export/awards.csv|xlsx}, {@code
 * /app/export/action1.csv|xlsx|pdf?programme=&asOf=} and {@code
 * /app/export/360giving.json|csv?programme=}. Everything under {@code /app} needs a login (the
 * authentication mechanism sends anonymous visitors to the login page); on top of that the same
 * roles as the API's export resource are required. The files are written by {@link ExportService},
 * the same code the API uses, straight to the response.
 */
@WebServlet(name = "ExportServlet", urlPatterns = ExportServlet.PATTERN)
public class ExportServlet extends HttpServlet {

  static final String PATTERN = "/app/export/*";

  private static final long serialVersionUID = 1L;

  @Inject private transient ExportService exports;
  @Inject private transient CurrentCaller caller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Caller> who = caller.current();
    if (who.isEmpty()) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in to download exports");
      return;
    }
    if (who.get().roles().stream().noneMatch(ExportService.ROLES::contains)) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN,
          "Exports are for grant officers, finance leads, national finance and administrators");
      return;
    }
    Optional<ExportPath> path = ExportPath.parse(request.getPathInfo());
    if (path.isEmpty()) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "There is no such export. " + ExportPath.HELP);
      return;
    }
    ExportRequest export;
    try {
      export = ExportRequest.parse(path.get().export(), path.get().extension(),
          request.getParameter("programme"), request.getParameter("asOf"), request.getParameter("funder"),
          request.getParameter("from"), request.getParameter("to"));
    } catch (InvalidExportRequestException e) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    try {
      exports.check(who.get(), export);
    } catch (org.grantwell.workflow.shared.NotFoundException e) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return;
    } catch (org.grantwell.workflow.shared.ForbiddenActionException e) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    }
    if (export.export() == Export.THREE_SIXTY_GIVING && !exports.hasGrants(who.get(), export.programme())) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND,
          "There are no funded awards to publish in your scope; a 360Giving file needs at least one grant");
      return;
    }
    response.setContentType(export.format().mediaType());
    response.setHeader("Content-Disposition",
        ContentDisposition.attachment(export.fileName(LocalDate.now(FinancialYear.LONDON))));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    exports.write(who.get(), export, response.getOutputStream());
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(message);
  }
}
