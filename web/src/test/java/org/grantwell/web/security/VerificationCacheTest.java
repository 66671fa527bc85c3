package org.grantwell.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.grantwell.web.security.VerificationCache.CachedCaller;
import org.junit.jupiter.api.Test;

class VerificationCacheTest {

  private static final Duration TTL = Duration.ofMinutes(5);

  private final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T09:00:00Z"));
  private final VerificationCache cache = new VerificationCache(clock, TTL, 1_000);

  private static char[] pw(String password) {
    return password.toCharArray();
  }

  @Test
  void shouldFindCallerWhenSamePasswordWasVerified() {
    cache.remember("bidder.avon", pw("grantwell-demo"), "bidder.avon", Set.of("pcc-bidder"));

    assertThat(cache.find("bidder.avon", pw("grantwell-demo")))
        .contains(new CachedCaller("bidder.avon", Set.of("pcc-bidder")));
  }

  @Test
  void shouldMissWhenPasswordDiffers() {
    cache.remember("bidder.avon", pw("grantwell-demo"), "bidder.avon", Set.of("pcc-bidder"));

    assertThat(cache.find("bidder.avon", pw("grantwell-demo "))).isEmpty();
    assertThat(cache.find("bidder.avon", pw("Grantwell-demo"))).isEmpty();
  }

  @Test
  void shouldMissWhenUsernameDiffers() {
    cache.remember("bidder.avon", pw("grantwell-demo"), "bidder.avon", Set.of("pcc-bidder"));

    assertThat(cache.find("signoff.avon", pw("grantwell-demo"))).isEmpty();
  }

  @Test
  void shouldMatchNonAsciiPasswordsExactly() {
    cache.remember("admin", pw("pässwörd€"), "admin", Set.of("admin"));

    assertThat(cache.find("admin", pw("pässwörd€"))).isPresent();
    assertThat(cache.find("admin", pw("passwörd€"))).isEmpty();
  }

  @Test
  void shouldStillFindEntryJustBeforeTtlEnds() {
    cache.remember("admin", pw("secret"), "admin", Set.of("admin"));

    clock.advance(TTL.minusSeconds(1));

    assertThat(cache.find("admin", pw("secret"))).isPresent();
  }

  @Test
  void shouldExpireEntryWhenTtlHasPassedEvenIfUsedMeanwhile() {
    cache.remember("admin", pw("secret"), "admin", Set.of("admin"));
    clock.advance(Duration.ofMinutes(4));
    cache.find("admin", pw("secret"));

    clock.advance(Duration.ofMinutes(1));

    assertThat(cache.find("admin", pw("secret"))).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void shouldDropExpiredEntriesWhenRememberingAnother() {
    cache.remember("a.user", pw("one"), "a.user", Set.of());
    cache.remember("b.user", pw("two"), "b.user", Set.of());
    clock.advance(TTL);

    cache.remember("c.user", pw("three"), "c.user", Set.of());

    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void shouldNeverHoldMoreThanMaxEntries() {
    for (int i = 0; i < 1_500; i++) {
      cache.remember("user" + i, pw("pw" + i), "user" + i, Set.of("assessor"));
    }

    assertThat(cache.size()).isEqualTo(1_000);
    assertThat(cache.find("user1499", pw("pw1499"))).isPresent();
    assertThat(cache.find("user0", pw("pw0"))).isEmpty();
  }

  @Test
  void shouldEvictLeastRecentlyUsedWhenFull() {
    VerificationCache small = new VerificationCache(clock, TTL, 3);
    small.remember("a.user", pw("a"), "a.user", Set.of());
    small.remember("b.user", pw("b"), "b.user", Set.of());
    small.remember("c.user", pw("c"), "c.user", Set.of());
    small.find("a.user", pw("a"));

    small.remember("d.user", pw("d"), "d.user", Set.of());

    assertThat(small.find("b.user", pw("b"))).isEmpty();
    assertThat(small.find("a.user", pw("a"))).isPresent();
    assertThat(small.find("c.user", pw("c"))).isPresent();
    assertThat(small.find("d.user", pw("d"))).isPresent();
  }

  @Test
  void shouldForgetEveryEntryOfUserWhenAsked() {
    cache.remember("admin", pw("old"), "admin", Set.of("admin"));
    cache.remember("admin", pw("new"), "admin", Set.of("admin"));
    cache.remember("panel.ho", pw("pw"), "panel.ho", Set.of("panel"));

    cache.forget("admin");

    assertThat(cache.find("admin", pw("old"))).isEmpty();
    assertThat(cache.find("admin", pw("new"))).isEmpty();
    assertThat(cache.find("panel.ho", pw("pw"))).isPresent();
  }

  @Test
  void shouldKeepItsOwnCopyOfGroups() {
    Set<String> groups = new HashSet<>(Set.of("pcc-bidder"));
    cache.remember("bidder.avon", pw("pw"), "bidder.avon", groups);

    groups.add("admin");

    assertThat(cache.find("bidder.avon", pw("pw")).orElseThrow().groups()).containsExactly("pcc-bidder");
  }

  @Test
  void shouldRefuseNonPositiveTtlOrSize() {
    assertThatThrownBy(() -> new VerificationCache(clock, Duration.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerificationCache(clock, TTL, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
