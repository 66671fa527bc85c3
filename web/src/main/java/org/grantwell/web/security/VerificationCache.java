package org.grantwell.web.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful password verifications, remembered for a short time so that API clients, which send
 * Basic credentials on every call, pay for PBKDF2 (about 100 ms at 100,000 iterations) once per
 * {@code ttl} rather than on every request.
 *
 * <ul>
 *   <li>Key: the username plus an HMAC-SHA256 of the password under a random key made when the
 *       cache is created, so neither the password nor a plain SHA-256 of it sits in memory.
 *   <li>Value: the caller name and groups the identity store returned.
 *   <li>Entries expire {@code ttl} after they were stored (not after last use), so a changed
 *       password or a disabled account is refused at most {@code ttl} later; {@link #forget} makes
 *       it immediate.
 *   <li>At most {@code maxEntries}; the least recently used entry goes first.
 *   <li>Only successes are stored: the cache has no way to record a failure, so a wrong password
 *       is always checked against the store.
 * </ul>
 *
 * <p>Thread-safe; the lock is held only for map operations, never while hashing.
 */
final class VerificationCache {

  /** What a verification established: the caller's name and groups. */
  record CachedCaller(String callerName, Set<String> groups) implements java.io.Serializable {
    CachedCaller {
      Objects.requireNonNull(callerName, "callerName");
      groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
  }

  private record Key(String username, String passwordMac) implements java.io.Serializable {}

  private record Entry(CachedCaller caller, Instant expiresAt) implements java.io.Serializable {}

  private static final String MAC_ALGORITHM = "HmacSHA256";

  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;
  private final SecretKeySpec macKey;
  private final LinkedHashMap<Key, Entry> entries;

  VerificationCache(Clock clock, Duration ttl, int maxEntries) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.macKey = new SecretKeySpec(secret, MAC_ALGORITHM);
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > VerificationCache.this.maxEntries;
          }
        };
  }

  /** The remembered caller for this username and password, unless absent or expired. */
  Optional<CachedCaller> find(String username, char[] password) {
    Key key = key(username, password);
    Instant now = clock.instant();
    synchronized (entries) {
      Entry entry = entries.get(key);
      if (entry == null) {
        return Optional.empty();
      }
      if (!now.isBefore(entry.expiresAt())) {
        entries.remove(key);
        return Optional.empty();
      }
      return Optional.of(entry.caller());
    }
  }

  /** Remembers a successful verification; call it only after the identity store said VALID. */
  void remember(String username, char[] password, String callerName, Set<String> groups) {
    Key key = key(username, password);
    Instant now = clock.instant();
    Entry entry = new Entry(new CachedCaller(callerName, groups), now.plus(ttl));
    synchronized (entries) {
      entries.values().removeIf(old -> !now.isBefore(old.expiresAt()));
      entries.put(key, entry);
    }
  }

  /** Drops every entry of this username (after a password change or when disabling the user). */
  void forget(String username) {
    synchronized (entries) {
      entries.keySet().removeIf(key -> key.username().equals(username));
    }
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private Key key(String username, char[] password) {
    Objects.requireNonNull(username, "username");
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    try {
      Mac mac = Mac.getInstance(MAC_ALGORITHM);
      mac.init(macKey);
      return new Key(username, Base64.getEncoder().encodeToString(mac.doFinal(bytes)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
