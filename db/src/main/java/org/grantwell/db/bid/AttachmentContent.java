package org.grantwell.db.bid;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of one {@link Attachment}, under the same id, in their own table so that nothing but a
 * download reads them. Written once with the attachment and removed with it; never changed.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id", nullable = false, updatable = false)
  private Long attachmentId;

  @Lob
  @Basic(fetch = FetchType.LAZY, optional = false)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected AttachmentContent() {}

  AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = Objects.requireNonNull(attachmentId, "attachmentId");
    this.content = Objects.requireNonNull(content, "content");
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  /** The stored bytes (the array itself, not a copy: they can be megabytes). */
  public byte[] getContent() {
    return content;
  }
}
