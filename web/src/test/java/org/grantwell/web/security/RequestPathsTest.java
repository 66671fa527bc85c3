package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import org.grantwell.web.security.RequestPaths.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/", "/api/health", "/api/rounds/SSF-R6", "/API/rounds", "/Api/bids"})
  void shouldClassifyAsApiWhenPathIsUnderApi(String path) {
    assertThat(RequestPaths.classify(path)).isEqualTo(Kind.API);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app", "/app/", "/app/bids/list.xhtml", "/app/tasks/review-eligibility.xhtml", "/APP/bids/list.xhtml"})
  void shouldClassifyAsProtectedPageWhenPathIsUnderApp(String path) {
    assertThat(RequestPaths.classify(path)).isEqualTo(Kind.PROTECTED_PAGE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "/",
        "/index.xhtml",
        "/login.xhtml",
        "/jakarta.faces.resource/theme.css.xhtml",
        "/resources/css/grantwell.css",
        "/apix",
        "/api-docs",
        "/application.xhtml",
        "/apps/list.xhtml"
      })
  void shouldClassifyAsPublicWhenPathIsOutsideApiAndApp(String path) {
    assertThat(RequestPaths.classify(path)).isEqualTo(Kind.PUBLIC);
  }

  @Test
  void shouldJoinServletPathAndPathInfoWhenJaxRsServesRequest() {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getServletPath()).thenReturn("/api");
    when(request.getPathInfo()).thenReturn("/rounds");

    assertThat(RequestPaths.pathWithinApplication(request)).isEqualTo("/api/rounds");
  }

  @Test
  void shouldUseServletPathWhenFacesServletServesPage() {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getServletPath()).thenReturn("/app/bids/list.xhtml");

    assertThat(RequestPaths.pathWithinApplication(request)).isEqualTo("/app/bids/list.xhtml");
  }

  @Test
  void shouldFallBackToUriWithoutContextAndPathParametersWhenServletPathIsEmpty() {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getServletPath()).thenReturn("");
    when(request.getContextPath()).thenReturn("/grantwell");
    when(request.getRequestURI()).thenReturn("/grantwell/app/bids/list.xhtml;jsessionid=ABC");

    assertThat(RequestPaths.pathWithinApplication(request)).isEqualTo("/app/bids/list.xhtml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/bids/list.xhtml", "/app/bids/view.xhtml?reference=SSF-R6-0001&tab=2"})
  void shouldAcceptContinuePathWhenItIsAPlainPageUnderApp(String path) {
    assertThat(RequestPaths.safeContinuePath(path)).contains(path);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.example/app/x",
        "https://evil.example/app/x",
        "/app//evil.example",
        "/app/../api/bids",
        "/app\\..\\x",
        "/app/x\r\nSet-Cookie: a=b",
        "/login.xhtml",
        "/api/bids",
        "/app",
        "app/bids/list.xhtml"
      })
  void shouldRefuseContinuePathWhenItCouldLeaveTheApp(String path) {
    assertThat(RequestPaths.safeContinuePath(path)).isEmpty();
  }
}
