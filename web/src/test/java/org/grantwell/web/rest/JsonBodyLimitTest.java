package org.grantwell.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.grantwell.workflow.bid.BidDraft;
import org.junit.jupiter.api.Test;

class JsonBodyLimitTest {

  private final JsonBodyLimit limit = new JsonBodyLimit();

  @Test
  void shouldRefuseWhenTheDeclaredLengthIsOverTheLimit() throws IOException {
    ReaderInterceptorContext context = context(BidDraft.class, String.valueOf(JsonBodyLimit.MAX_BYTES + 1), new byte[0]);

    assertThatThrownBy(() -> limit.aroundReadFrom(context))
        .isInstanceOf(JsonBodyLimit.BodyTooLargeException.class)
        .hasMessageContaining("1 MiB");
    verify(context, never()).proceed();
  }

  @Test
  void shouldRefuseWhenAnUndeclaredBodyRunsPastTheLimit() throws IOException {
    ReaderInterceptorContext context = context(BidDraft.class, null, new byte[JsonBodyLimit.MAX_BYTES + 10]);
    AtomicReference<InputStream> bounded = new AtomicReference<>();
    doAnswer(call -> { bounded.set(call.getArgument(0)); return null; }).when(context).setInputStream(any());
    when(context.proceed()).thenAnswer(call -> {
      try {
        bounded.get().readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException("what a JSON reader makes of it", e);
      }
      return null;
    });

    assertThatThrownBy(() -> limit.aroundReadFrom(context)).isInstanceOf(JsonBodyLimit.BodyTooLargeException.class);
  }

  @Test
  void shouldReadABodyUpToTheLimit() throws IOException {
    ReaderInterceptorContext context = context(BidDraft.class, null, new byte[JsonBodyLimit.MAX_BYTES]);
    AtomicReference<InputStream> bounded = new AtomicReference<>();
    doAnswer(call -> { bounded.set(call.getArgument(0)); return null; }).when(context).setInputStream(any());
    when(context.proceed()).thenAnswer(call -> bounded.get().readAllBytes().length);

    assertThat(limit.aroundReadFrom(context)).isEqualTo(JsonBodyLimit.MAX_BYTES);
  }

  @Test
  void shouldLeaveUploadsToTheirOwnLimitWhenTheResourceReadsAStream() throws IOException {
    ReaderInterceptorContext context = context(InputStream.class, String.valueOf(50L * 1024 * 1024), new byte[0]);
    when(context.proceed()).thenReturn("stream");

    assertThat(limit.aroundReadFrom(context)).isEqualTo("stream");
    verify(context, never()).setInputStream(any());
  }

  @Test
  void shouldPassOtherFailuresOnWhenTheBodyIsWithinTheLimit() throws IOException {
    ReaderInterceptorContext context = context(BidDraft.class, "12", "{\"title\": ".getBytes());
    when(context.proceed()).thenThrow(new IllegalStateException("broken JSON"));

    assertThatThrownBy(() -> limit.aroundReadFrom(context)).isInstanceOf(IllegalStateException.class).hasMessage("broken JSON");
  }

  @Test
  void shouldRefuseABodyWhenItNestsDeeperThanAnyRequestNeeds() throws IOException {
    byte[] deep = ("{\"a\":" + "[".repeat(JsonBodyLimit.MAX_DEPTH) + "]".repeat(JsonBodyLimit.MAX_DEPTH) + "}").getBytes();
    ReaderInterceptorContext context = context(BidDraft.class, String.valueOf(deep.length), deep);
    AtomicReference<InputStream> bounded = new AtomicReference<>();
    doAnswer(call -> { bounded.set(call.getArgument(0)); return null; }).when(context).setInputStream(any());
    when(context.proceed()).thenAnswer(call -> bounded.get().readAllBytes());

    assertThatThrownBy(() -> limit.aroundReadFrom(context))
        .isInstanceOf(JsonBodyLimit.BodyTooDeepException.class)
        .hasMessageContaining("64 deep");
  }

  @Test
  void shouldCountNoBracketsWhenTheyAreInsideText() throws IOException {
    byte[] text = ("{\"title\":\"" + "[{\\\"".repeat(200) + "\"}").getBytes();
    ReaderInterceptorContext context = context(BidDraft.class, null, text);
    AtomicReference<InputStream> bounded = new AtomicReference<>();
    doAnswer(call -> { bounded.set(call.getArgument(0)); return null; }).when(context).setInputStream(any());
    when(context.proceed()).thenAnswer(call -> bounded.get().readAllBytes().length);

    assertThat(limit.aroundReadFrom(context)).isEqualTo(text.length);
  }

  @Test
  void shouldIgnoreAnUnreadableContentLength() {
    assertThat(JsonBodyLimit.declaredLength("lots")).isEqualTo(-1);
    assertThat(JsonBodyLimit.declaredLength(null)).isEqualTo(-1);
    assertThat(JsonBodyLimit.declaredLength(" 42 ")).isEqualTo(42);
  }

  private static ReaderInterceptorContext context(Class<?> type, String contentLength, byte[] body) {
    ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    if (contentLength != null) {
      headers.putSingle("Content-Length", contentLength);
    }
    when(context.getHeaders()).thenReturn(headers);
    when(context.getInputStream()).thenReturn(new ByteArrayInputStream(body));
    doAnswer(call -> type).when(context).getType();
    return context;
  }
}
