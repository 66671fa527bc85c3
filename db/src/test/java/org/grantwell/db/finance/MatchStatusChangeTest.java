package org.grantwell.db.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.grantwell.db.bid.rules.MatchStatus;
import org.junit.jupiter.api.Test;

class MatchStatusChangeTest {

  private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");

  @Test
  void shouldMoveForwardOnlyWhenTheNewStatusIsLater() {
    assertThat(MatchStatusChange.isForward(MatchStatus.PLEDGED, MatchStatus.CONFIRMED)).isTrue();
    assertThat(MatchStatusChange.isForward(MatchStatus.PLEDGED, MatchStatus.RECEIVED)).isTrue();
    assertThat(MatchStatusChange.isForward(MatchStatus.CONFIRMED, MatchStatus.RECEIVED)).isTrue();
    assertThat(MatchStatusChange.isForward(MatchStatus.CONFIRMED, MatchStatus.CONFIRMED)).isFalse();
    assertThat(MatchStatusChange.isForward(MatchStatus.RECEIVED, MatchStatus.PLEDGED)).isFalse();
    assertThat(MatchStatusChange.isForward(null, MatchStatus.RECEIVED)).isFalse();
  }

  @Test
  void shouldKeepStrippedEvidenceWhenTheChangeIsValid() {
    MatchStatusChange change =
        new MatchStatusChange(10L, 2, MatchStatus.PLEDGED, MatchStatus.CONFIRMED, "  letter  ", " finance.ho ", NOW);

    assertThat(change.getEvidence()).isEqualTo("letter");
    assertThat(change.getChangedBy()).isEqualTo("finance.ho");
    assertThat(change.getPosition()).isEqualTo(2);
  }

  @Test
  void shouldRefuseABackwardChange() {
    assertThatThrownBy(() -> new MatchStatusChange(10L, 0, MatchStatus.RECEIVED, MatchStatus.CONFIRMED, "e", "a", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseMissingOrOverlongEvidence() {
    assertThatThrownBy(() -> new MatchStatusChange(10L, 0, MatchStatus.PLEDGED, MatchStatus.CONFIRMED, " ", "a", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MatchStatusChange(10L, 0, MatchStatus.PLEDGED, MatchStatus.CONFIRMED, "x".repeat(501), "a", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
