package org.grantwell.db.bid.rules;

import java.util.Objects;

/** An uploaded file as the rules see it: its (sanitised) name, sniffed type and size. */
public record AttachmentData(String fileName, AttachmentType detectedType, long sizeBytes) implements java.io.Serializable {

  public AttachmentData {
    Objects.requireNonNull(detectedType, "detectedType");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("A file size cannot be negative: " + sizeBytes);
    }
  }
}
