package org.grantwell.workflow.bid;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * An attachment's bytes with what a download needs to serve them safely: the detected media type
 * and a {@code Content-Disposition} that keeps any file name intact.
 *
 * @param content the stored bytes (the array itself, not a copy)
 */
public record AttachmentDownload(
    long id, String fileName, String contentType, long sizeBytes, String sha256, byte[] content) implements java.io.Serializable {

  private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

  /**
   * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>}
   * (RFC 6266 with the RFC 8187/5987 extended value), so that a Welsh name such as {@code
   * Cyllideb_Ynys_Môn.pdf} arrives whole where {@code filename*} is understood and as {@code
   * Cyllideb_Ynys_Mon.pdf} elsewhere.
   */
  public String contentDisposition() {
    return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
        + percentEncoded(fileName);
  }

  /** Accents dropped, other non-ASCII and the characters quoting or decoding trips on as {@code _}. */
  static String asciiFallback(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints()
        .map(cp -> cp < 0x20 || cp > 0x7e || cp == '"' || cp == '\\' || cp == '%' ? '_' : cp)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** UTF-8 bytes, each outside RFC 8187's attr-char as {@code %XX}. */
  static String percentEncoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
