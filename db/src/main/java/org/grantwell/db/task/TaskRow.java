package org.grantwell.db.task;

import java.time.Instant;

/** One open task with what the inbox shows of the bid it concerns (the bid's fields null when it concerns none). */
public record TaskRow(
    String id,
    String taskKey,
    String name,
    String processKey,
    String executionId,
    String assignee,
    Instant created,
    Instant due,
    Long bidId,
    String bidReference,
    String bidTitle,
    String roundReference,
    String programmeCode,
    String forceArea) {}
