package org.grantwell.web.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads no request body of more than {@value #MAX_BYTES} bytes (1 MiB) into an object: a larger
 * {@code Content-Length} is refused before reading, and a body sent without one is cut off at the
 * limit; either answers 413 problem+json. Nor one nested more than {@value #MAX_DEPTH} arrays or
 * objects deep (400), which would otherwise exhaust the reader's stack. Uploads, which the resource reads as a raw {@link
 * InputStream}, keep their own per-round limit and are not counted here.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

  /** The largest body the API reads as JSON. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The deepest nesting of arrays and objects the API reads. */
  public static final int MAX_DEPTH = 64;

  static final String TOO_DEEP =
      "The request body nests arrays or objects more than " + MAX_DEPTH + " deep; no Grantwell request needs that";

  static final String TOO_LARGE =
      "The request body is larger than 1 MiB (1,048,576 bytes), the most the API reads as JSON;"
          + " send less (files go to /api/bids/{id}/attachments)";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (InputStream.class.isAssignableFrom(context.getType())) {
      return context.proceed();
    }
    if (declaredLength(context.getHeaders().getFirst("Content-Length")) > MAX_BYTES) {
      throw tooLarge();
    }
    Bounded bounded = new Bounded(context.getInputStream(), MAX_BYTES);
    context.setInputStream(bounded);
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      if (bounded.exceeded) {
        throw tooLarge();
      }
      if (bounded.tooDeep) {
        throw new BodyTooDeepException(TOO_DEEP);
      }
      throw e;
    }
  }

  static BodyTooLargeException tooLarge() {
    return new BodyTooLargeException(TOO_LARGE);
  }

  /** A body nested too deep; answered 400 by {@link UnexpectedExceptions}. */
  public static final class BodyTooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooDeepException(String message) {
      super(message);
    }
  }

  /** A body over the limit; answered 413 by {@link UnexpectedExceptions}. */
  public static final class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(String message) {
      super(message);
    }
  }

  /** The declared length, or -1 when absent or unreadable (the stream is counted instead). */
  static long declaredLength(String header) {
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Passes at most {@code limit} bytes; the byte after that throws and marks the body too large.
   * Follows the JSON's nesting as it passes (UTF-8 never puts an ASCII byte inside a longer
   * character, so bytes suffice) and throws when it goes deeper than {@link #MAX_DEPTH}.
   */
  static final class Bounded extends FilterInputStream {
    private final long limit;
    private long count;
    private int depth;
    private boolean inString;
    private boolean escaped;
    boolean exceeded;
    boolean tooDeep;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
        follow(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
        for (int i = offset; i < offset + n; i++) {
          follow(buffer[i] & 0xff);
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      int read = read(new byte[(int) Math.min(Math.max(n, 0), 8192)]);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void follow(int b) throws IOException {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > MAX_DEPTH) {
          tooDeep = true;
          throw new IOException("Request body nested deeper than " + MAX_DEPTH);
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }

    private void count(long n) throws IOException {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new IOException("Request body larger than " + limit + " bytes");
      }
    }
  }
}
