package org.grantwell.web.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.grantwell.db.shared.SqlStatementCount;

/**
 * Counts the SQL statements of one request and writes the count to the server log, when the
 * server runs with {@code -Dgrantwell.diagnostics.sql=true} (only the benchmark's domain does) and
 * the request carries a {@value #HEADER} header: {@code SQL probe <id>: <n> statements for GET
 * /app/tasks.xhtml}. The benchmark compares these counts at 1,000 and at 10,000 bids. Statements
 * of the authentication before the filter chain (the caller's account) are not included.
 */
@WebFilter(filterName = "SqlProbeFilter", urlPatterns = "/*")
public class SqlProbeFilter extends HttpFilter {

  public static final String HEADER = "X-Grantwell-Sql-Probe";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SqlProbeFilter.class.getName());

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String probe = SqlStatementCount.enabled() ? request.getHeader(HEADER) : null;
    if (probe == null || !probe.matches("[A-Za-z0-9._-]{1,64}")) {
      chain.doFilter(request, response);
      return;
    }
    SqlStatementCount.open();
    try {
      chain.doFilter(request, response);
    } finally {
      long statements = SqlStatementCount.close();
      LOG.info(() -> "SQL probe " + probe + ": " + statements + " statements for " + request.getMethod() + " "
          + request.getRequestURI());
    }
  }
}
