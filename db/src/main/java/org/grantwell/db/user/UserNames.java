package org.grantwell.db.user;

/** What a page shows of a user: their display name and their organisation's name. */
public record UserNames(String displayName, String organisationName) {}
