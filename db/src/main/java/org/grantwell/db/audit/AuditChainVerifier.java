package org.grantwell.db.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the audit chain: walking the entries in id order, each must name the previous entry's
 * hash as its {@code prev_hash} (the first names none) and carry the hash of its own content
 * ({@link AuditHasher}). Reports the first entry where either fails. Pure: it reads only what it
 * is given, so a large record can be checked page by page with {@link #verify(String, Iterable)}.
 */
public final class AuditChainVerifier {

  private AuditChainVerifier() {}

  /** Why a link is broken. */
  public enum Reason {
    /** The entry's stored hash is not the hash of its stored content: the entry was edited. */
    HASH_MISMATCH,
    /**
     * The entry does not name the hash of the entry before it: an entry was edited, inserted or
     * removed before it, or the entries are not the whole chain.
     */
    PREV_HASH_MISMATCH
  }

  /**
   * The first broken link of a chain.
   *
   * @param entryId the entry where the chain breaks
   * @param reason what does not match
   * @param expected the hash that should be there (null: none, at the start of the chain)
   * @param actual the hash that is there
   */
  public record BrokenLink(long entryId, Reason reason, String expected, String actual) implements java.io.Serializable {

    public BrokenLink {
      Objects.requireNonNull(reason, "reason");
    }

    /** A sentence for logs and the API, e.g. "Audit entry 1050: hash mismatch". */
    public String describe() {
      return "Audit entry " + entryId + ": " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * The outcome of checking a chain page by page.
   *
   * @param intactEntries the entries found intact before the first broken link (all when none)
   * @param firstBroken the first broken link, if any
   */
  public record ChainCheck(long intactEntries, Optional<BrokenLink> firstBroken) implements java.io.Serializable {}

  /**
   * Checks a whole chain a page at a time: {@code pageAfter} gives the entries with ids above the
   * one given (Long.MIN_VALUE for the first page), in id order, empty at the end; {@code
   * afterEachPage} runs once a page is checked (to let it go). Stops at the first broken link.
   */
  public static ChainCheck verifyInPages(
      java.util.function.LongFunction<java.util.List<AuditEntry>> pageAfter, Runnable afterEachPage) {
    String previousHash = null;
    long lastId = Long.MIN_VALUE;
    long checked = 0;
    while (true) {
      java.util.List<AuditEntry> page = pageAfter.apply(lastId);
      if (page.isEmpty()) {
        return new ChainCheck(checked, Optional.empty());
      }
      Optional<BrokenLink> broken = verify(previousHash, page);
      if (broken.isPresent()) {
        long before = page.stream().takeWhile(e -> e.getId() < broken.get().entryId()).count();
        return new ChainCheck(checked + before, broken);
      }
      checked += page.size();
      AuditEntry last = page.get(page.size() - 1);
      previousHash = last.getHash();
      lastId = last.getId();
      afterEachPage.run();
    }
  }

  /** The first broken link of the whole chain, given from its first entry in id order. */
  public static Optional<BrokenLink> verify(Iterable<AuditEntry> entriesInIdOrder) {
    return verify(null, entriesInIdOrder);
  }

  /**
   * The first broken link of part of the chain, given in id order, that follows the entry hashed
   * {@code previousHash} (null when the part starts the chain). To check page by page, pass the
   * hash of the last entry of the page before.
   *
   * @throws IllegalArgumentException if the ids do not increase
   */
  public static Optional<BrokenLink> verify(String previousHash, Iterable<AuditEntry> entriesInIdOrder) {
    String expectedPrev = previousHash;
    Long lastId = null;
    for (AuditEntry entry : entriesInIdOrder) {
      long id = Objects.requireNonNull(entry.getId(), "The verifier checks stored entries, with ids");
      if (lastId != null && id <= lastId) {
        throw new IllegalArgumentException(
            "Audit entries must be given in id order: " + id + " after " + lastId);
      }
      if (!Objects.equals(expectedPrev, entry.getPrevHash())) {
        return Optional.of(
            new BrokenLink(id, Reason.PREV_HASH_MISMATCH, expectedPrev, entry.getPrevHash()));
      }
      String expectedHash = AuditHasher.expectedHash(entry);
      if (!expectedHash.equals(entry.getHash())) {
        return Optional.of(new BrokenLink(id, Reason.HASH_MISMATCH, expectedHash, entry.getHash()));
      }
      expectedPrev = entry.getHash();
      lastId = id;
    }
    return Optional.empty();
  }
}
