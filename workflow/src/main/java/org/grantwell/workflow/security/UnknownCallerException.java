package org.grantwell.workflow.security;

/**
 * An authenticated name with no Grantwell account behind it: the user was deleted or renamed after
 * logging in, or a process variable names someone who never existed.
 */
public class UnknownCallerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String username;

  public UnknownCallerException(String username) {
    super("No Grantwell user '" + username + "' (app_user): the caller has no account to act for");
    this.username = username;
  }

  public String getUsername() {
    return username;
  }
}
