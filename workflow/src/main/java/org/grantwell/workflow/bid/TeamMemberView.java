package org.grantwell.workflow.bid;

/** A member of a bid's team: who, and {@code EDIT}, {@code BUDGET} (budget and match funding only) or {@code READ}. */
public record TeamMemberView(String username, String displayName, String access) implements java.io.Serializable {}
