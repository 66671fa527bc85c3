package org.grantwell.workflow.bid;

/** A rule of the round the bid breaks: stable code, the field it concerns, a sentence for the bidder. */
public record RuleViolation(String code, String field, String message) implements java.io.Serializable {}
