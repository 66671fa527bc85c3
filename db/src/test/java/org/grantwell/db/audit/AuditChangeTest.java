package org.grantwell.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChangeTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

  @Test
  void shouldKeepMicrosecondsWhenInstantHasNanoseconds() {
    AuditChange change =
        new AuditChange(Instant.parse("2026-05-01T09:30:00.123456789Z"), "system", "BID", "B1", "CREATED", null, null);

    assertThat(change.occurredAt()).isEqualTo(Instant.parse("2026-05-01T09:30:00.123456Z"));
  }

  @Test
  void shouldRefuseLowerCaseActionWhenCreated() {
    assertThatThrownBy(() -> new AuditChange(NOW, "system", "BID", "B1", "created", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action");
  }

  @Test
  void shouldRefuseEntityTypeLongerThanColumnWhenCreated() {
    assertThatThrownBy(() -> new AuditChange(NOW, "system", "B".repeat(33), "B1", "CREATED", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseBlankActorWhenCreated() {
    assertThatThrownBy(() -> new AuditChange(NOW, " ", "BID", "B1", "CREATED", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor");
  }

  @Test
  void shouldRefuseValueLongerThanColumnWhenCreated() {
    String tooLong = "x".repeat(AuditChange.MAX_VALUE_LENGTH + 1);

    assertThatThrownBy(() -> new AuditChange(NOW, "system", "BID", "B1", "UPDATED", null, tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20000");
  }
}
