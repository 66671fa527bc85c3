package org.grantwell.workflow.bid;

import java.time.Instant;

/**
 * A bid's attachment as the API and the pages list it: everything but the bytes.
 *
 * @param type the type detected from the content: {@code PDF}, {@code DOCX} or {@code XLSX}
 * @param contentType the media type a download is served with
 * @param sha256 the lower-case hex SHA-256 of the content, for checking a copy
 * @param purpose {@code SUPPORTING} or {@code MATCH_EVIDENCE}
 */
public record AttachmentView(
    long id,
    long bidId,
    String bidReference,
    String fileName,
    String type,
    String contentType,
    long sizeBytes,
    String sha256,
    String purpose,
    String uploadedBy,
    Instant uploadedAt) implements java.io.Serializable {}
