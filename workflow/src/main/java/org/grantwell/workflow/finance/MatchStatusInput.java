package org.grantwell.workflow.finance;

/**
 * A request to record that a match contribution is now CONFIRMED or RECEIVED.
 *
 * @param status {@code CONFIRMED} or {@code RECEIVED}
 * @param evidence what shows it (a letter, a remittance, a signed agreement): required
 */
public record MatchStatusInput(String status, String evidence) implements java.io.Serializable {}
