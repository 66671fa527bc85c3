package org.grantwell.workflow.shared;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int page, int size, long total) implements java.io.Serializable {

  /** The most items an API page carries, whatever size is asked. */
  public static final int MAX_SIZE = 100;

  /**
   * A page asked for: the size kept to 1..{@link #MAX_SIZE}, the number to 0 or more and small
   * enough that the page's first item fits an int.
   */
  public record Request(int number, int size) {

    public static Request of(int number, int size) {
      int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
      return new Request(Math.max(0, Math.min(number, Integer.MAX_VALUE / pageSize - 1)), pageSize);
    }

    /** The position of the page's first item in the whole list. */
    public int first() {
      return number * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
      return new Page<>(items, number, size, total);
    }
  }
}
