package org.grantwell.web.faces;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page's report, read once per request and dropped with it. A view-scoped bean that kept its
 * report in a field kept it in the session for as long as Mojarra keeps the view (up to 25 views
 * a session): a national finance lead's spending report is every funded award with its quarters,
 * and 50 users for 2 minutes left 75,632 {@code SpendingReport.Quarter}s alive on the heap. The
 * bean now keeps only its filters, and asks for the report here, by the filters it was read for;
 * the paginator and the row toggler read it again, which costs one report query per click.
 */
@RequestScoped
public class RequestReports {

  private final Map<Object, Object> reports = new HashMap<>();

  /** The report for these filters (a value, or a list of them; null for none), read at most once in this request. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object filters, Supplier<T> read) {
    Object key = Objects.requireNonNullElse(filters, "");
    if (!reports.containsKey(key)) {
      reports.put(key, read.get());
    }
    return (T) reports.get(key);
  }

  /** Forgets what was read in this request, after a change the report shows. */
  public void forget() {
    reports.clear();
  }
}
