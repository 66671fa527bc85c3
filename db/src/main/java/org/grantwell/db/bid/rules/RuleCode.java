package org.grantwell.db.bid.rules;

/**
 * Stable codes of the bid rules; the API and the workflow match on these, never on message text.
 * The declaration order is the order in which {@link BidValidator} reports violations.
 */
public enum RuleCode {
  /** Field {@code leadOrganisation}. */
  LEAD_TYPE_INELIGIBLE,
  /** Field {@code round}. */
  WINDOW_NOT_OPEN,
  /** Field {@code round}. */
  WINDOW_CLOSED,
  /** Field {@code grantRequested}. */
  BID_BELOW_MINIMUM,
  /** Field {@code grantRequested}. */
  BID_ABOVE_MAXIMUM,
  /** Field {@code grantRequested}: the round's pot (perhaps cut since) is smaller than the bid. */
  BID_ABOVE_POT,
  /** Field {@code budget[2022-23]}. */
  YEAR_CAP_EXCEEDED,
  /** Field {@code forceArea}. */
  AREA_BID_LIMIT_REACHED,
  /** Field {@code grantRequested}. */
  AREA_ENVELOPE_EXCEEDED,
  /** Field {@code budget}. */
  YEAR_MOVE_UNAPPROVED,
  /** Field {@code matchFunding}. */
  MATCH_FUNDING_SHORT,
  /** Field {@code budget}. */
  CAPITAL_SHARE_EXCEEDED,
  /** Field {@code budgetLines[i]}. */
  LINE_YEAR_NOT_IN_ROUND,
  /** Field {@code budgetLines[i]}. */
  LINE_OUTSIDE_SPENDING_WINDOW,
  /** Field {@code budgetLines[i].category}. */
  CATEGORY_INELIGIBLE,
  /** Field {@code budgetLines[i].amount} or {@code matchFunding[i].amount}. */
  AMOUNT_NOT_POSITIVE,
  /** Fields {@code title}, {@code summary}, {@code problemStatement}, {@code interventions}, ... */
  FIELD_REQUIRED,
  /** Field {@code attachments[i]}. */
  ATTACHMENT_TYPE_NOT_ALLOWED,
  /** Field {@code attachments[i]}. */
  ATTACHMENT_TOO_LARGE
}
