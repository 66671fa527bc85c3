package org.grantwell.db.bid.rules;

/** The type of an uploaded file as detected from its content by {@link AttachmentSniffer}. */
public enum AttachmentType {
  PDF,
  DOCX,
  XLSX,
  OTHER
}
