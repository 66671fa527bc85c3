package org.grantwell.workflow.history;

import java.time.Instant;

/**
 * One audit entry of a bid, as the history shows it.
 *
 * @param actor the username, or {@code system}
 * @param occurredAt when the change happened
 * @param action upper-case verb in the past tense ({@code UPDATED}, {@code SENT_FOR_SIGN_OFF})
 * @param before JSON of the values before the change, or null (creation)
 * @param after JSON of the values after the change, or null (removal)
 */
public record AuditRecord(String actor, Instant occurredAt, String action, String before, String after) implements java.io.Serializable {}
