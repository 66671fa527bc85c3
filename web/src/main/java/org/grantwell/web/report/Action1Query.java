package org.grantwell.web.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grantwell.workflow.report.Action1Scope;
import org.grantwell.workflow.shared.FieldError;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * The Action 1 filters as query parameters, the same for the API ({@code /api/reports/action1}),
 * the dashboard and its exports: {@code funder} (the funding organisation's id), {@code
 * programme} (its code), {@code from} and {@code to} (the period, ISO dates, both ends included)
 * and {@code asOf} (ISO date; today when absent).
 */
public final class Action1Query {

  private static final String INVALID = "INVALID_VALUE";

  private Action1Query() {}

  /**
   * The scope the parameters ask for; blank counts as absent.
   *
   * @throws InvalidInputException with a message for each parameter that cannot be read, or when
   *     the period starts after it ends
   */
  public static Action1Scope parse(
      String funder, String programme, String from, String to, String asOf, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Long funderId = null;
    if (funder != null && !funder.isBlank()) {
      try {
        funderId = Long.valueOf(funder.strip());
      } catch (NumberFormatException e) {
        errors.add(new FieldError(INVALID, "funder", "Give the funder as its number, not '" + funder + "'"));
      }
    }
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    LocalDate asOfDate = date("asOf", asOf, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Action1Scope(funderId, programme, fromDate, toDate, asOfDate == null ? today : asOfDate);
  }

  /** {@code funder=3&programme=SSF&from=2026-04-01&to=2027-03-31&asOf=2026-11-29}, leaving out what is not set. */
  public static String queryString(Action1Scope scope) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("funder", scope.funderId());
    params.put("programme", scope.programmeCode());
    params.put("from", scope.from());
    params.put("to", scope.to());
    params.put("asOf", scope.asOf());
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(INVALID, field, "Give the date as YYYY-MM-DD, not '" + value + "'"));
      return null;
    }
  }
}
