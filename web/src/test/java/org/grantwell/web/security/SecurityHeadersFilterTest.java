package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SecurityHeadersFilterTest {

  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final FilterChain chain = mock(FilterChain.class);

  @Test
  void shouldSetEveryHeaderWhenAResponsePassesTheFilter() throws Exception {
    new SecurityHeadersFilter().doFilter(request, response, chain);

    verify(response).setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY);
    verify(response).setHeader("X-Content-Type-Options", "nosniff");
    verify(response).setHeader("X-Frame-Options", "DENY");
    verify(response).setHeader("Referrer-Policy", "same-origin");
  }

  @Test
  void shouldReplaceTheDefaultPolicyWhenPrimeFacesAddsItsNoncePolicy() throws Exception {
    new SecurityHeadersFilter().doFilter(request, response, chain);
    ArgumentCaptor<ServletResponse> passed = ArgumentCaptor.forClass(ServletResponse.class);
    verify(chain).doFilter(any(), passed.capture());

    HttpServletResponse downstream = (HttpServletResponse) passed.getValue();
    downstream.addHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY + " 'nonce-abc';");
    downstream.addHeader("Vary", "Accept");

    verify(response).setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY + " 'nonce-abc';");
    verify(response, never()).addHeader(org.mockito.ArgumentMatchers.eq("Content-Security-Policy"), any());
    verify(response).addHeader("Vary", "Accept");
  }

  @Test
  void shouldForbidFramingAndInlineScriptsWhenThePolicyIsRead() {
    assertThat(SecurityHeadersFilter.POLICY)
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'")
        .doesNotContain("unsafe-eval")
        .endsWith("script-src 'self'");
  }

  @Test
  void shouldGivePrimeFacesTheSamePolicyWhenWebXmlIsRead() throws Exception {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher csp =
        Pattern.compile(
                "<param-name>primefaces\\.CSP</param-name>\\s*<param-value>([^<]*)</param-value>")
            .matcher(webXml);
    Matcher policy =
        Pattern.compile(
                "<param-name>primefaces\\.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
            .matcher(webXml);

    assertThat(csp.find()).isTrue();
    assertThat(csp.group(1)).isEqualTo("true");
    assertThat(policy.find()).isTrue();
    assertThat(policy.group(1)).isEqualTo(SecurityHeadersFilter.POLICY);
  }

  @Test
  void shouldSetSameSiteLaxAndHttpOnlyOnTheSessionCookieWhenWebXmlIsRead() throws Exception {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

    assertThat(webXml)
        .containsPattern("<http-only>true</http-only>")
        .containsPattern(
            "<attribute-name>SameSite</attribute-name>\\s*<attribute-value>Lax</attribute-value>");
    assertThat(Files.readString(Path.of("src/main/webapp/WEB-INF/glassfish-web.xml")))
        .contains("<property name=\"cookieSameSite\" value=\"Lax\"/>");
  }
}
