package org.grantwell.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grantwell.db.audit.AuditChainVerifier.BrokenLink;
import org.grantwell.db.audit.AuditChainVerifier.Reason;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:30:00Z");

  /** Five entries, ids 1000, 1001, ..., each chained to the one before. */
  private static List<AuditEntry> intactChain() {
    List<AuditEntry> chain = new ArrayList<>();
    String prev = null;
    for (int i = 0; i < 5; i++) {
      AuditChange change = change(i, "UPDATED");
      String hash = AuditHasher.hash(change, prev);
      chain.add(new AuditEntry(1000L + i, change, prev, hash));
      prev = hash;
    }
    return chain;
  }

  private static AuditChange change(int i, String action) {
    return new AuditChange(NOW.plusSeconds(i), "officer.ho", "BID", "SSF5-AVON-00" + i, action, null,
        "{\"step\":" + i + "}");
  }

  @Test
  void shouldFindNoBrokenLinkWhenChainIsIntact() {
    assertThat(AuditChainVerifier.verify(intactChain())).isEmpty();
  }

  @Test
  void shouldFindNoBrokenLinkWhenChainIsEmpty() {
    assertThat(AuditChainVerifier.verify(List.of())).isEmpty();
  }

  @Test
  void shouldReportHashMismatchWhenEntryContentWasEdited() {
    List<AuditEntry> chain = intactChain();
    AuditEntry original = chain.get(2);
    chain.set(2, new AuditEntry(original.getId(), change(2, "AWARDED"), original.getPrevHash(), original.getHash()));

    Optional<BrokenLink> broken = AuditChainVerifier.verify(chain);

    assertThat(broken).get().extracting(BrokenLink::entryId, BrokenLink::reason)
        .containsExactly(1002L, Reason.HASH_MISMATCH);
  }

  @Test
  void shouldReportPrevHashMismatchWhenEntryPrevHashWasEdited() {
    List<AuditEntry> chain = intactChain();
    AuditEntry original = chain.get(3);
    chain.set(3, new AuditEntry(original.getId(), original.change(), "f".repeat(64), original.getHash()));

    Optional<BrokenLink> broken = AuditChainVerifier.verify(chain);

    assertThat(broken).get().extracting(BrokenLink::entryId, BrokenLink::reason)
        .containsExactly(1003L, Reason.PREV_HASH_MISMATCH);
  }

  @Test
  void shouldReportFirstBrokenLinkWhenSeveralEntriesWereEdited() {
    List<AuditEntry> chain = intactChain();
    AuditEntry second = chain.get(1);
    AuditEntry fourth = chain.get(3);
    chain.set(1, new AuditEntry(second.getId(), change(1, "WITHDRAWN"), second.getPrevHash(), second.getHash()));
    chain.set(3, new AuditEntry(fourth.getId(), fourth.change(), null, fourth.getHash()));

    assertThat(AuditChainVerifier.verify(chain)).get().extracting(BrokenLink::entryId).isEqualTo(1001L);
  }

  @Test
  void shouldReportPrevHashMismatchWhenEntryWasRemoved() {
    List<AuditEntry> chain = intactChain();
    chain.remove(2);

    assertThat(AuditChainVerifier.verify(chain)).get()
        .extracting(BrokenLink::entryId, BrokenLink::reason)
        .containsExactly(1003L, Reason.PREV_HASH_MISMATCH);
  }

  @Test
  void shouldReportRehashedEditAtNextEntryWhenEditorRecomputedTheHash() {
    List<AuditEntry> chain = intactChain();
    AuditEntry original = chain.get(1);
    AuditChange forged = change(1, "AWARDED");
    chain.set(1, new AuditEntry(original.getId(), forged, original.getPrevHash(),
        AuditHasher.hash(forged, original.getPrevHash())));

    assertThat(AuditChainVerifier.verify(chain)).get()
        .extracting(BrokenLink::entryId, BrokenLink::reason)
        .containsExactly(1002L, Reason.PREV_HASH_MISMATCH);
  }

  @Test
  void shouldFindNoBrokenLinkWhenCheckedPageByPage() {
    List<AuditEntry> chain = intactChain();

    assertThat(AuditChainVerifier.verify(chain.subList(0, 2))).isEmpty();
    assertThat(AuditChainVerifier.verify(chain.get(1).getHash(), chain.subList(2, 5))).isEmpty();
  }

  @Test
  void shouldWalkTheWholeChainInPagesOfTwo() {
    List<AuditEntry> chain = intactChain();
    int[] pagesLetGo = {0};

    AuditChainVerifier.ChainCheck check = AuditChainVerifier.verifyInPages(after -> pageOfTwo(chain, after), () -> pagesLetGo[0]++);

    assertThat(check.firstBroken()).isEmpty();
    assertThat(check.intactEntries()).isEqualTo(5);
    assertThat(pagesLetGo[0]).as("pages of 2, 2 and 1").isEqualTo(3);
  }

  @Test
  void shouldFindAnEditedEntryOnALaterPageAndCountTheIntactOnesBeforeIt() {
    List<AuditEntry> chain = new java.util.ArrayList<>(intactChain());
    AuditEntry edited = chain.get(3);
    chain.set(3, new AuditEntry(edited.getId(), change(3, "EDITED"), edited.getPrevHash(), edited.getHash()));

    AuditChainVerifier.ChainCheck check = AuditChainVerifier.verifyInPages(after -> pageOfTwo(chain, after), () -> { });

    assertThat(check.firstBroken()).get().extracting(BrokenLink::entryId, BrokenLink::reason)
        .containsExactly(edited.getId(), Reason.HASH_MISMATCH);
    assertThat(check.intactEntries()).isEqualTo(3);
  }

  private static List<AuditEntry> pageOfTwo(List<AuditEntry> chain, long after) {
    return chain.stream().filter(e -> e.getId() > after).limit(2).toList();
  }

  @Test
  void shouldReportPrevHashMismatchWhenFirstEntryNamesAPredecessor() {
    List<AuditEntry> chain = intactChain();

    assertThat(AuditChainVerifier.verify(chain.subList(1, 5))).get()
        .extracting(BrokenLink::entryId, BrokenLink::reason)
        .containsExactly(1001L, Reason.PREV_HASH_MISMATCH);
  }

  @Test
  void shouldRefuseEntriesWhenIdsDoNotIncrease() {
    AuditEntry first = intactChain().get(0);
    List<AuditEntry> repeated = List.of(first, first);

    assertThatThrownBy(() -> AuditChainVerifier.verify(repeated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id order");
  }

  @Test
  void shouldDescribeBrokenLinkWhenAskedForSentence() {
    BrokenLink link = new BrokenLink(1050L, Reason.HASH_MISMATCH, "a", "b");

    assertThat(link.describe()).isEqualTo("Audit entry 1050: hash mismatch");
  }
}
