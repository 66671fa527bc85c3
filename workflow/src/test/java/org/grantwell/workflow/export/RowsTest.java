package org.grantwell.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RowsTest {

  /** Ids 1..total, served a page at a time after the given id; records every page asked for. */
  private static final class Source {
    final List<Long> askedAfter = new ArrayList<>();
    final long total;

    Source(long total) {
      this.total = total;
    }

    List<Long> page(long after, int size) {
      askedAfter.add(after);
      return LongStream.rangeClosed(after + 1, Math.min(total, after + size)).boxed().toList();
    }
  }

  @Test
  void shouldReadEveryItemPageByPageWhenPaged() {
    Source source = new Source(7);
    List<Long> read = new ArrayList<>();

    Rows.paged(after -> source.page(after, 3), Long::longValue, 3).forEach(read::add);

    assertThat(read).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(source.askedAfter).containsExactly(0L, 3L, 6L);
  }

  @Test
  void shouldAskOnceMoreOnlyWhenTheLastPageWasFull() {
    Source source = new Source(6);
    List<List<Long>> pages = new ArrayList<>();

    Rows.pages(after -> source.page(after, 3), Long::longValue, 3).forEach(pages::add);

    assertThat(pages).containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L));
    assertThat(source.askedAfter).containsExactly(0L, 3L, 6L);
  }

  @Test
  void shouldReadNothingWhenTheFirstPageIsEmpty() {
    Source source = new Source(0);

    assertThat(Rows.paged(after -> source.page(after, 3), Long::longValue, 3)).isEmpty();
    assertThat(Rows.pages(after -> source.page(after, 3), Long::longValue, 3)).isEmpty();
  }

  @Test
  void shouldChainEachItemsListLazilyWhenFlatMapped() {
    List<String> loaded = new ArrayList<>();
    Iterable<String> lines =
        Rows.flatMap(List.of("A", "B", "C"), round -> {
          loaded.add(round);
          return round.equals("B") ? List.of() : List.of(round + "1", round + "2");
        });

    var iterator = lines.iterator();
    assertThat(iterator.next()).isEqualTo("A1");
    assertThat(loaded).containsExactly("A");
    List<String> rest = new ArrayList<>();
    iterator.forEachRemaining(rest::add);
    assertThat(rest).containsExactly("A2", "C1", "C2");
  }
}
