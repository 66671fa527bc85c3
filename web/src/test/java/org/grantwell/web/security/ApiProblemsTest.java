package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.ForbiddenException;
import org.junit.jupiter.api.Test;

class ApiProblemsTest {

  @Test
  void shouldWriteSmallProblemJsonWhenDetailIsPlain() {
    assertThat(ApiProblems.json(401, "Unauthorized", "Send credentials."))
        .isEqualTo("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"Send credentials.\"}");
  }

  @Test
  void shouldEscapeQuotesBackslashesAndControlCharactersWhenDetailHasThem() {
    assertThat(ApiProblems.json(403, "Forbidden", "a \"b\" \\ c\nd\u0001"))
        .isEqualTo("{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"a \\\"b\\\" \\\\ c\\nd\\u0001\"}");
  }

  @Test
  void shouldUseBasicChallengeWithGrantwellRealm() {
    assertThat(ApiProblems.BASIC_CHALLENGE).isEqualTo("Basic realm=\"Grantwell\"");
  }

  @Test
  void shouldKeepThrowersReasonWhenForbiddenExceptionHasOne() {
    ForbiddenException exception = mock(ForbiddenException.class);
    when(exception.getMessage()).thenReturn("Only the bid's own organisation may edit it.");

    assertThat(ForbiddenExceptionMapper.detail(exception)).isEqualTo("Only the bid's own organisation may edit it.");
  }

  @Test
  void shouldUseGenericReasonWhenForbiddenExceptionHasDefaultMessage() {
    ForbiddenException exception = mock(ForbiddenException.class);
    when(exception.getMessage()).thenReturn("HTTP 403 Forbidden");

    assertThat(ForbiddenExceptionMapper.detail(exception)).isEqualTo(ApiProblems.FORBIDDEN);
  }

  @Test
  void shouldUseGenericReasonWhenTheContainersRoleCheckRefused() {
    for (String containerSays : java.util.List.of("Caller not in requested role", "User not authorized.")) {
      ForbiddenException exception = mock(ForbiddenException.class);
      when(exception.getMessage()).thenReturn(containerSays);

      assertThat(ForbiddenExceptionMapper.detail(exception)).as(containerSays).isEqualTo(ApiProblems.FORBIDDEN);
    }
  }
}
