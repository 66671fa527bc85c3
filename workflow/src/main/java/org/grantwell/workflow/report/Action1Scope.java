package org.grantwell.workflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.grantwell.db.shared.FinancialYear;
import org.grantwell.workflow.shared.InvalidInputException;

/**
 * Which records one Action 1 report covers: "for a chosen funder, programme and period".
 *
 * <ul>
 *   <li>The <b>rounds in scope</b> are those of the funder (any funder the caller may see when
 *       {@code funderId} is null) and of the programme (any when {@code programmeCode} is null)
 *       whose application window <em>opened</em> within the period: the London date of the
 *       round's opening is on or after {@code from} and on or before {@code to}, both ends
 *       included; a missing end leaves that side open, so no period at all means every round.
 *   <li>The <b>awards in scope</b> are the funded awards (in full or in part, offer not lapsed) of
 *       the rounds in scope, whenever they were decided or spent.
 *   <li>The <b>areas that bid</b> are those with a bid that reached the funder in a round in scope.
 *   <li>{@code asOf} is the day the cliff edges are counted from; it does not narrow anything.
 * </ul>
 *
 * @param funderId the funding organisation's id, or null for every funder the caller may see
 * @param programmeCode the programme's code, or null (blank counts as null) for every programme
 * @param from the first day of the period, or null
 * @param to the last day of the period, or null
 * @param asOf the day the report is as of
 * @throws InvalidInputException when {@code from} is after {@code to}
 */
public record Action1Scope(
    Long funderId, String programmeCode, LocalDate from, LocalDate to, LocalDate asOf) implements java.io.Serializable {

  public Action1Scope {
    Objects.requireNonNull(asOf, "asOf");
    programmeCode = programmeCode == null || programmeCode.isBlank() ? null : programmeCode.strip();
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException(
          "INVALID_PERIOD", "from", "The period must start on or before its last day");
    }
  }

  /** Every round the caller may see, as of the given day. */
  public static Action1Scope everything(LocalDate asOf) {
    return new Action1Scope(null, null, null, null, asOf);
  }

  /** Whether a round of this funder and programme that opened at this instant is in scope. */
  public boolean includesRound(Long roundFunderId, String roundProgrammeCode, Instant opensAt) {
    return (funderId == null || funderId.equals(roundFunderId))
        && (programmeCode == null || programmeCode.equals(roundProgrammeCode))
        && inPeriod(opensAt.atZone(FinancialYear.LONDON).toLocalDate());
  }

  /** Whether the day is within the period, both ends included. */
  public boolean inPeriod(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** The same scope for another funder. */
  public Action1Scope withFunder(Long otherFunderId) {
    return new Action1Scope(otherFunderId, programmeCode, from, to, asOf);
  }
}
