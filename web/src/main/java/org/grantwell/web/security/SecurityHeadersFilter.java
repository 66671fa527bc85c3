package org.grantwell.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: pages, Faces resources, static files, the API and error
 * pages.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: {@link #POLICY}. Scripts only from the application
 *       itself; PrimeFaces runs in its CSP mode ({@code primefaces.CSP} in web.xml), so on a page
 *       it replaces this header by the same policy plus the page's {@code 'nonce-...'}, which its
 *       inline scripts carry. Styles allow {@code 'unsafe-inline'} (PrimeFaces and Chart.js set
 *       style attributes); no {@code 'unsafe-eval'}. Framing is refused ({@code frame-ancestors
 *       'none'}).
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (for browsers
 *       without {@code frame-ancestors}), {@code Referrer-Policy: same-origin}.
 * </ul>
 *
 * <p>Responses the authentication mechanism writes itself (401s, redirects to the login page) are
 * sent before filters run, so it calls {@link #apply} too.
 */
@WebFilter(
    filterName = "SecurityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.INCLUDE,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    },
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  public static final String CSP = "Content-Security-Policy";

  /**
   * The policy of every response. It ends with {@code script-src 'self'} because PrimeFaces
   * appends {@code 'nonce-...';} to it on pages: web.xml's {@code primefaces.CSP_POLICY} must be
   * this same text (a unit test checks it).
   */
  public static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  private static final long serialVersionUID = 1L;

  /** Sets the headers on a response (replacing any earlier value). */
  public static void apply(HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader(CSP, POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    chain.doFilter(request, new OnePolicyResponse(response));
  }

  /**
   * Keeps one {@code Content-Security-Policy} header: a later one (PrimeFaces' with the nonce)
   * replaces the default instead of being added next to it, since browsers enforce every policy
   * they receive and the default one has no nonce.
   */
  static final class OnePolicyResponse extends HttpServletResponseWrapper {

    OnePolicyResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
