package org.grantwell.workflow.bid;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.grantwell.db.bid.Attachment;
import org.grantwell.db.bid.rules.AttachmentSniffer;
import org.grantwell.db.bid.rules.AttachmentType;
import org.grantwell.db.bid.rules.RuleCode;
import org.grantwell.workflow.shared.InvalidInputException;

/** The parts of an upload that need no database: its name, purpose, bounded bytes and digest. */
final class AttachmentUploads {

  /** The largest upload ever held in memory, whatever a round allows. */
  static final long CEILING_BYTES = 64L * 1024 * 1024;

  static final Map<AttachmentType, String> MEDIA_TYPES =
      Map.of(
          AttachmentType.PDF, "application/pdf",
          AttachmentType.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          AttachmentType.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  static String mediaType(AttachmentType type) {
    return MEDIA_TYPES.getOrDefault(type, "application/octet-stream");
  }

  static String name(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new InvalidInputException("FIELD_REQUIRED", "name", "Give the file's name (for example ?name=Budget.xlsx)");
    }
    return AttachmentSniffer.sanitiseFileName(fileName);
  }

  static Attachment.Purpose purpose(String purpose) {
    if (purpose == null || purpose.isBlank()) {
      return Attachment.Purpose.SUPPORTING;
    }
    try {
      return Attachment.Purpose.valueOf(purpose.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("INVALID_VALUE", "purpose", "Choose SUPPORTING or MATCH_EVIDENCE, not " + purpose);
    }
  }

  /** Reads at most {@code limit + 1} bytes; more than {@code limit} means the file is too large. */
  static byte[] readAtMost(InputStream content, long limit, String name) {
    byte[] bytes;
    try {
      bytes = content == null ? new byte[0] : content.readNBytes((int) limit + 1);
    } catch (IOException e) {
      throw new InvalidInputException("UPLOAD_INCOMPLETE", "file", "The upload of \"" + name + "\" broke off; send the file again");
    }
    if (bytes.length > limit) {
      throw tooLarge(name, limit);
    }
    if (bytes.length == 0) {
      throw new InvalidInputException("FIELD_REQUIRED", "file", "Send the content of \"" + name + "\" as the request body");
    }
    return bytes;
  }

  static InvalidInputException tooLarge(String name, long limit) {
    return new InvalidInputException(
        RuleCode.ATTACHMENT_TOO_LARGE.name(),
        "file",
        "The file \"" + name + "\" is larger than " + megabytes(limit)
            + ", the most a file can be for this round; make it smaller or split it");
  }

  /** {@code 10 MB}, {@code 2.5 MB}: as the bid rules word sizes. */
  static String megabytes(long bytes) {
    BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_EVEN);
    return mb.stripTrailingZeros().toPlainString() + " MB";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private AttachmentUploads() {}
}
