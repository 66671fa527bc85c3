package org.grantwell.workflow.task;

import java.time.Instant;

/**
 * A workflow task as the inbox shows it: what it is, the bid it concerns, who holds it and when it
 * is due.
 */
public record TaskView(
    String id,
    String taskKey,
    String name,
    String processKey,
    String bidReference,
    Long bidId,
    String bidTitle,
    String roundReference,
    String programmeCode,
    String forceArea,
    String assignee,
    boolean claimable,
    Instant created,
    Instant due) implements java.io.Serializable {}
