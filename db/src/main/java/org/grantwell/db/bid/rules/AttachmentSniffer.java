package org.grantwell.db.bid.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells an upload's type from its bytes, never its name, and makes a file name safe to store and
 * show. Never throws on bad input: anything it cannot recognise is {@link AttachmentType#OTHER}.
 * Zip reading is bounded (entries and inflated bytes) and stops as soon as the type is known, so a
 * zip bomb costs at most {@link #MAX_INFLATED_BYTES} of inflation.
 */
public final class AttachmentSniffer {

  static final int MAX_ENTRIES = 1000;
  static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
  static final int MAX_NAME_LENGTH = 200;
  static final String FALLBACK_NAME = "attachment";

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String WORD_DOCUMENT = "word/document.xml";
  private static final String EXCEL_WORKBOOK = "xl/workbook.xml";
  private static final int MAX_EXTENSION_LENGTH = 10;

  private AttachmentSniffer() {}

  /** PDF by its header; DOCX and XLSX by their Office Open XML parts; everything else OTHER. */
  public static AttachmentType detect(byte[] content) {
    if (startsWith(content, PDF)) {
      return AttachmentType.PDF;
    }
    if (startsWith(content, ZIP)) {
      try {
        return officeType(content);
      } catch (IOException | RuntimeException notAZip) {
        return AttachmentType.OTHER;
      }
    }
    return AttachmentType.OTHER;
  }

  private static AttachmentType officeType(byte[] content) throws IOException {
    boolean contentTypes = false;
    AttachmentType part = AttachmentType.OTHER;
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      for (int read = 0; read < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; read++) {
        String name = entry.getName();
        contentTypes |= CONTENT_TYPES.equalsIgnoreCase(name);
        if (part == AttachmentType.OTHER && WORD_DOCUMENT.equalsIgnoreCase(name)) {
          part = AttachmentType.DOCX;
        } else if (part == AttachmentType.OTHER && EXCEL_WORKBOOK.equalsIgnoreCase(name)) {
          part = AttachmentType.XLSX;
        }
        if (contentTypes && part != AttachmentType.OTHER) {
          return part;
        }
        inflated += drain(zip, MAX_INFLATED_BYTES - inflated);
        if (inflated >= MAX_INFLATED_BYTES) {
          return AttachmentType.OTHER;
        }
      }
    }
    return AttachmentType.OTHER;
  }

  /** Reads the current entry to its end or until {@code budget} bytes; returns bytes read. */
  private static long drain(InputStream entry, long budget) throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while (total < budget
        && (n = entry.read(buffer, 0, (int) Math.min(buffer.length, budget - total))) > 0) {
      total += n;
    }
    return total;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content != null
        && content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  /**
   * A safe display and storage name: no path (either separator), no control or invisible format
   * characters (such as right-to-left overrides), no leading dots or spaces, Windows-reserved
   * characters replaced by {@code _}, NFC-normalised so letters like {@code ô} stay one character,
   * at most 200 characters (keeping a short extension), and never empty ({@code attachment}).
   */
  public static String sanitiseFileName(String fileName) {
    if (fileName == null) {
      return FALLBACK_NAME;
    }
    String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints()
        .filter(AttachmentSniffer::isVisible)
        .map(cp -> "<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp)
        .forEach(kept::appendCodePoint);
    String cleaned = stripLeading(kept.toString()).strip();
    cleaned = truncate(cleaned).strip();
    return cleaned.isEmpty() ? FALLBACK_NAME : cleaned;
  }

  private static boolean isVisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }

  private static String stripLeading(String name) {
    int start = 0;
    while (start < name.length()
        && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
      start++;
    }
    return name.substring(start);
  }

  /** Cuts to 200 code points, keeping an extension of up to 10 characters. */
  private static String truncate(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH + 1 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_NAME_LENGTH - extension.codePointCount(0, extension.length());
    return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
  }
}
