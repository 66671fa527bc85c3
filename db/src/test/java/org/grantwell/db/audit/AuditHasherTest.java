package org.grantwell.db.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHasherTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00.123456Z");
  private static final String PREV = "a".repeat(64);
  private static final AuditChange CHANGE =
      new AuditChange(NOW, "bidder.avon", "BID", "SSF5-AVON-001", "SUBMITTED",
          "{\"status\":\"DRAFT\"}", "{\"status\":\"SUBMITTED\"}");

  @Test
  void shouldGiveSameHashWhenSameContentHashedTwice() {
    AuditChange same =
        new AuditChange(NOW, "bidder.avon", "BID", "SSF5-AVON-001", "SUBMITTED",
            "{\"status\":\"DRAFT\"}", "{\"status\":\"SUBMITTED\"}");

    assertThat(AuditHasher.hash(same, PREV)).isEqualTo(AuditHasher.hash(CHANGE, PREV));
  }

  @Test
  void shouldGiveSixtyFourLowerCaseHexDigitsWhenHashing() {
    assertThat(AuditHasher.hash(CHANGE, PREV)).matches("[0-9a-f]{64}");
  }

  @Test
  void shouldGiveKnownSha256WhenHashingFirstEntry() {
    // Pins the canonical format: changing it breaks every stored chain.
    assertThat(AuditHasher.canonical(NOW, "system", "ROUND", "SSF5", "CREATED", null, "{}", null))
        .isEqualTo("grantwell-audit-v1\noccurred_at=27:2026-05-01T09:30:00.123456Z\nactor=6:system\n"
            + "entity_type=5:ROUND\nentity_id=4:SSF5\naction=7:CREATED\nold_value=-\n"
            + "new_value=2:{}\nprev_hash=-\n");
  }

  static Stream<Arguments> edits() {
    return Stream.<UnaryOperator<AuditChange>>of(
            c -> new AuditChange(c.occurredAt().plusNanos(1000), c.actor(), c.entityType(), c.entityId(), c.action(), c.oldValue(), c.newValue()),
            c -> new AuditChange(c.occurredAt(), "mallory", c.entityType(), c.entityId(), c.action(), c.oldValue(), c.newValue()),
            c -> new AuditChange(c.occurredAt(), c.actor(), "AWARD", c.entityId(), c.action(), c.oldValue(), c.newValue()),
            c -> new AuditChange(c.occurredAt(), c.actor(), c.entityType(), "SSF5-AVON-002", c.action(), c.oldValue(), c.newValue()),
            c -> new AuditChange(c.occurredAt(), c.actor(), c.entityType(), c.entityId(), "WITHDRAWN", c.oldValue(), c.newValue()),
            c -> new AuditChange(c.occurredAt(), c.actor(), c.entityType(), c.entityId(), c.action(), null, c.newValue()),
            c -> new AuditChange(c.occurredAt(), c.actor(), c.entityType(), c.entityId(), c.action(), c.oldValue(), "{\"status\":\"AWARDED\"}"))
        .map(edit -> Arguments.of(edit.apply(CHANGE)));
  }

  @ParameterizedTest
  @MethodSource("edits")
  void shouldChangeHashWhenAnyContentFieldChanges(AuditChange edited) {
    assertThat(AuditHasher.hash(edited, PREV)).isNotEqualTo(AuditHasher.hash(CHANGE, PREV));
  }

  @Test
  void shouldChangeHashWhenPreviousHashChanges() {
    assertThat(AuditHasher.hash(CHANGE, "b".repeat(64))).isNotEqualTo(AuditHasher.hash(CHANGE, PREV));
  }

  @Test
  void shouldChangeHashWhenPreviousHashIsMissing() {
    assertThat(AuditHasher.hash(CHANGE, null)).isNotEqualTo(AuditHasher.hash(CHANGE, PREV));
  }

  @Test
  void shouldTellApartTextMovedBetweenFieldsWhenHashing() {
    AuditChange ab = new AuditChange(NOW, "ab", "BID", "c", "CREATED", null, null);
    AuditChange a = new AuditChange(NOW, "a", "BID", "bc", "CREATED", null, null);

    assertThat(AuditHasher.hash(ab, null)).isNotEqualTo(AuditHasher.hash(a, null));
  }

  @Test
  void shouldTellApartNullFromDashWhenHashing() {
    AuditChange none = new AuditChange(NOW, "system", "BID", "B1", "CREATED", null, null);
    AuditChange dash = new AuditChange(NOW, "system", "BID", "B1", "CREATED", "-", null);

    assertThat(AuditHasher.hash(none, null)).isNotEqualTo(AuditHasher.hash(dash, null));
  }

  @Test
  void shouldMatchStoredEntryWhenEntryWasAppendedWithThisHash() {
    AuditEntry entry = new AuditEntry(CHANGE, PREV);

    assertThat(AuditHasher.expectedHash(entry)).isEqualTo(entry.getHash());
  }
}
