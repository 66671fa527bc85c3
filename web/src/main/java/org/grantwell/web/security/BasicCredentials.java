package org.grantwell.web.security;

import jakarta.security.enterprise.credential.Password;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads an {@code Authorization} header as HTTP Basic credentials (RFC 7617). Never throws on
 * client input: anything that is not well-formed comes back as {@link Malformed}, which the
 * mechanism answers with 401, not 500.
 *
 * <p>The user-pass is decoded as UTF-8 (what RFC 7617 recommends and browsers and curl send);
 * bytes that are not valid UTF-8 are read as ISO-8859-1, the older de-facto default. The password
 * is kept in a {@code char[]} that the caller clears.
 */
public final class BasicCredentials {

  /** Longer headers are refused before decoding (usernames are at most 64 characters). */
  static final int MAX_HEADER_LENGTH = 4_096;

  static final int MAX_USERNAME_LENGTH = 64;

  private static final String SCHEME = "Basic";

  /** What an {@code Authorization} header holds, as far as Basic authentication goes. */
  public sealed interface Parsed permits Absent, Malformed, Present {}

  /** No header, or another scheme (for example {@code Bearer}): the request is anonymous. */
  public record Absent() implements Parsed, java.io.Serializable {}

  /** A Basic header that cannot be read; {@code reason} is for logs, not for the client. */
  public record Malformed(String reason) implements Parsed, java.io.Serializable {}

  /** A username and a password to verify. */
  public record Present(String username, Password password) implements Parsed, java.io.Serializable {}

  private static final Absent ABSENT = new Absent();

  private BasicCredentials() {}

  public static Parsed parse(String header) {
    if (header == null || header.isBlank()) {
      return ABSENT;
    }
    String value = header.strip();
    int gap = firstWhitespace(value);
    String scheme = gap < 0 ? value : value.substring(0, gap);
    if (!scheme.equalsIgnoreCase(SCHEME)) {
      return ABSENT;
    }
    if (value.length() > MAX_HEADER_LENGTH) {
      return new Malformed("header longer than " + MAX_HEADER_LENGTH + " characters");
    }
    String token = gap < 0 ? "" : value.substring(gap + 1).strip();
    if (token.isEmpty()) {
      return new Malformed("no credentials after the Basic scheme");
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return new Malformed("credentials are not base64");
    }
    char[] userPass = decode(decoded);
    Arrays.fill(decoded, (byte) 0);
    try {
      return split(userPass);
    } finally {
      Arrays.fill(userPass, '\0');
    }
  }

  private static Parsed split(char[] userPass) {
    int colon = indexOf(userPass, ':');
    if (colon < 0) {
      return new Malformed("no colon between username and password");
    }
    if (colon == 0) {
      return new Malformed("empty username");
    }
    if (colon == userPass.length - 1) {
      return new Malformed("empty password");
    }
    String username = new String(userPass, 0, colon);
    if (username.length() > MAX_USERNAME_LENGTH || hasControlCharacter(username)) {
      return new Malformed("username too long or with control characters");
    }
    char[] password = Arrays.copyOfRange(userPass, colon + 1, userPass.length);
    try {
      return new Present(username, new Password(password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] decode(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return drain(chars);
    } catch (CharacterCodingException e) {
      return drain(StandardCharsets.ISO_8859_1.decode(ByteBuffer.wrap(bytes)));
    }
  }

  private static char[] drain(CharBuffer buffer) {
    char[] chars = new char[buffer.remaining()];
    buffer.get(chars);
    if (buffer.hasArray()) {
      Arrays.fill(buffer.array(), '\0');
    }
    return chars;
  }

  private static int firstWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(char[] chars, char wanted) {
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasControlCharacter(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }
}
