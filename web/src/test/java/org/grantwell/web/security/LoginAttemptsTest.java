package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.grantwell.db.user.LoginFailure;
import org.grantwell.db.user.LoginFailureRepository;
import org.grantwell.workflow.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

class LoginAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Mock private LoginFailureRepository failures;
  @Mock private AuditTrail audit;
  @Mock private Clock clock;
  @InjectMocks private LoginAttempts attempts;

  @BeforeEach
  void setUp() {
    MockitoAnnotations.openMocks(this);
    when(clock.instant()).thenReturn(NOW);
  }

  @Test
  void shouldKeyUsernamesInLowerCaseWhenTheyAreTyped() {
    assertThat(LoginAttempts.key("  Bidder.Avon ")).isEqualTo("bidder.avon");
    assertThat(LoginAttempts.key("")).isEqualTo("anonymous");
    assertThat(LoginAttempts.key(null)).isEqualTo("anonymous");
    assertThat(LoginAttempts.key("a\u0000b")).isEqualTo("anonymous");
    assertThat(LoginAttempts.key("x".repeat(100))).hasSize(64);
  }

  @Test
  void shouldAuditTheFailureWhenAFirstFailureIsRecorded() {
    when(failures.findForUpdate("bidder.avon")).thenReturn(Optional.empty());
    when(failures.store(any())).thenAnswer(invocation -> invocation.getArgument(0));

    boolean locked = attempts.failed("Bidder.Avon", LoginAttempts.Channel.FORM);

    assertThat(locked).isFalse();
    verify(audit)
        .record(eq("bidder.avon"), eq("LOGIN"), eq("bidder.avon"), eq("LOGIN_FAILED"), isNull(), anyMap());
    verify(audit, never())
        .record(any(), any(), any(), eq("LOGIN_LOCKED_OUT"), any(), any());
  }

  @Test
  void shouldAuditTheLockOutWhenTheFifthFailureIsRecorded() {
    LoginFailure row = new LoginFailure("bidder.avon", NOW);
    for (int i = 0; i < 4; i++) {
      row.recordFailure(NOW, org.grantwell.db.user.LoginBackoff.STANDARD);
    }
    when(failures.findForUpdate("bidder.avon")).thenReturn(Optional.of(row));

    boolean locked = attempts.failed("bidder.avon", LoginAttempts.Channel.BASIC);

    assertThat(locked).isTrue();
    verify(audit, times(1))
        .record(eq("bidder.avon"), eq("LOGIN"), eq("bidder.avon"), eq("LOGIN_LOCKED_OUT"), isNull(), anyMap());
  }

  @Test
  void shouldReportLockedWhenTheRowIsLockedNow() {
    LoginFailure row = new LoginFailure("bidder.avon", NOW);
    for (int i = 0; i < 5; i++) {
      row.recordFailure(NOW, org.grantwell.db.user.LoginBackoff.STANDARD);
    }
    when(failures.find("bidder.avon")).thenReturn(Optional.of(row));

    assertThat(attempts.standing("bidder.avon")).isEqualTo(new LoginAttempts.Standing(true, true));
  }

  @Test
  void shouldReportClearWhenThereIsNoRow() {
    when(failures.find("nobody")).thenReturn(Optional.empty());

    assertThat(attempts.standing("nobody")).isEqualTo(LoginAttempts.Standing.CLEAR);
  }
}
