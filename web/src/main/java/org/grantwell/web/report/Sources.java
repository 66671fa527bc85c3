package org.grantwell.web.report;

import java.util.List;

/**
 * The records one figure was computed from, as the page lists them behind a disclosure: a summary
 * ("Show the 3 bids") and one entry per record, linked where the record has a page.
 */
public record Sources(String summary, List<Ref> refs) implements java.io.Serializable {

  public Sources {
    refs = List.copyOf(refs);
  }

  public boolean isEmpty() {
    return refs.isEmpty();
  }

  /**
   * One record.
   *
   * @param path the page path under the context root (e.g. {@code /app/bid.xhtml?id=12}), or null
   *     when the record has no page of its own
   */
  public record Ref(String text, String path) implements java.io.Serializable {

    public boolean isLinked() {
      return path != null;
    }
  }
}
