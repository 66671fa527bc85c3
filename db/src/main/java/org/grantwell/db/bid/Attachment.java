package org.grantwell.db.bid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import org.grantwell.db.bid.rules.AttachmentData;
import org.grantwell.db.bid.rules.AttachmentSniffer;
import org.grantwell.db.bid.rules.AttachmentType;

/**
 * A file uploaded to a bid: supporting evidence or proof of match funding. Only its description
 * lives here; the bytes are an {@link AttachmentContent} of the same id, read only to download
 * them. Invariants: the name is already sanitised ({@link AttachmentSniffer#sanitiseFileName}),
 * the type was sniffed from the content and is PDF, DOCX or XLSX, the size is positive and the
 * SHA-256 is 64 lower-case hex digits. An attachment never changes; it is added or removed.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(
    name = "Attachment.findByBid",
    query = "SELECT a FROM Attachment a WHERE a.bidId = :bidId ORDER BY a.uploadedAt, a.id")
@NamedQuery(
    name = "Attachment.countByBid",
    query = "SELECT COUNT(a) FROM Attachment a WHERE a.bidId = :bidId")
public class Attachment {

  /** Why the file is attached. */
  public enum Purpose {
    /** Evidence for what the bid says. */
    SUPPORTING,
    /** Proof of a match-funding contribution (a letter of commitment, a budget extract). */
    MATCH_EVIDENCE
  }

  /** The types that may be stored; anything else is refused at upload. */
  public static final Set<AttachmentType> STORABLE_TYPES =
      Set.of(AttachmentType.PDF, AttachmentType.DOCX, AttachmentType.XLSX);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "bid_id", nullable = false, updatable = false)
  private Long bidId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "detected_type", nullable = false, updatable = false)
  private AttachmentType detectedType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  public Attachment(
      long bidId,
      String fileName,
      AttachmentType detectedType,
      long sizeBytes,
      String sha256,
      Purpose purpose,
      String uploadedBy,
      Instant uploadedAt) {
    this.bidId = bidId;
    this.fileName = requireSanitised(fileName);
    this.detectedType = requireStorable(detectedType);
    if (sizeBytes <= 0) {
      throw new IllegalArgumentException("An attachment has at least one byte, not " + sizeBytes);
    }
    this.sizeBytes = sizeBytes;
    this.sha256 = requireSha256(sha256);
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  private static String requireSanitised(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    if (!fileName.equals(AttachmentSniffer.sanitiseFileName(fileName))) {
      throw new IllegalArgumentException("Sanitise the file name before storing it: " + fileName);
    }
    return fileName;
  }

  private static AttachmentType requireStorable(AttachmentType type) {
    if (!STORABLE_TYPES.contains(type)) {
      throw new IllegalArgumentException("Only PDF, DOCX and XLSX files are stored, not " + type);
    }
    return type;
  }

  private static String requireSha256(String sha256) {
    Objects.requireNonNull(sha256, "sha256");
    if (sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
      throw new IllegalArgumentException("A SHA-256 is 64 lower-case hex digits, not " + sha256);
    }
    return sha256;
  }

  /** The file as the bid rules see it. */
  public AttachmentData toData() {
    return new AttachmentData(fileName, detectedType, sizeBytes);
  }

  public Long getId() {
    return id;
  }

  public Long getBidId() {
    return bidId;
  }

  public String getFileName() {
    return fileName;
  }

  public AttachmentType getDetectedType() {
    return detectedType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
