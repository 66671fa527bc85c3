package org.grantwell.workflow.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/** Lazy row sources: mapped iterables and keyset-paged reads. */
final class Rows {

  private Rows() {}

  /** The items mapped one by one as they are iterated. */
  static <T, R> Iterable<R> map(Iterable<T> items, Function<T, R> mapping) {
    return () -> {
      Iterator<T> source = items.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return source.hasNext();
        }

        @Override
        public R next() {
          return mapping.apply(source.next());
        }
      };
    };
  }

  /**
   * Reads page after page, each starting after the key of the last item read ({@code 0} first),
   * until a page comes back shorter than {@code pageSize}; only one page is held at a time.
   */
  static <T> Iterable<T> paged(LongFunction<List<T>> page, ToLongFunction<T> key, int pageSize) {
    return () ->
        new Iterator<>() {
          private List<T> current = page.apply(0);
          private int next;

          @Override
          public boolean hasNext() {
            if (next < current.size()) {
              return true;
            }
            if (current.size() < pageSize) {
              return false;
            }
            current = page.apply(key.applyAsLong(current.get(current.size() - 1)));
            next = 0;
            return !current.isEmpty();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.get(next++);
          }
        };
  }

  /** The lists {@code each} gives for the items, one item's list at a time, as one sequence. */
  static <T, R> Iterable<R> flatMap(Iterable<T> items, Function<T, List<R>> each) {
    return () -> {
      Iterator<T> source = items.iterator();
      return new Iterator<>() {
        private Iterator<R> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && source.hasNext()) {
            current = each.apply(source.next()).iterator();
          }
          return current.hasNext();
        }

        @Override
        public R next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
    };
  }

  /** The pages of {@link #paged} themselves, for work done a page at a time. */
  static <T> Iterable<List<T>> pages(LongFunction<List<T>> page, ToLongFunction<T> key, int pageSize) {
    return () ->
        new Iterator<>() {
          private List<T> next = page.apply(0);

          @Override
          public boolean hasNext() {
            return !next.isEmpty();
          }

          @Override
          public List<T> next() {
            if (next.isEmpty()) {
              throw new NoSuchElementException();
            }
            List<T> current = next;
            next = current.size() < pageSize
                ? List.of()
                : page.apply(key.applyAsLong(current.get(current.size() - 1)));
            return current;
          }
        };
  }
}
