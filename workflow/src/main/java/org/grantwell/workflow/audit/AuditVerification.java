package org.grantwell.workflow.audit;

import java.time.Instant;

/**
 * The outcome of checking the audit record's hash chain.
 *
 * @param intact true when every entry's hash covers its content and names the entry before it
 * @param entriesChecked the entries found intact (all of them when the chain is intact)
 * @param firstBrokenEntryId where the chain breaks, or null
 * @param reason HASH_MISMATCH (the entry was edited) or PREV_HASH_MISMATCH (an entry was edited,
 *     inserted or removed before it), or null
 * @param message a sentence for people, e.g. "Audit entry 1050: hash mismatch"
 */
public record AuditVerification(
    boolean intact, long entriesChecked, Long firstBrokenEntryId, String reason, String message, Instant checkedAt) implements java.io.Serializable {}
