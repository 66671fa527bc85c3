package org.grantwell.db.shared;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts every SQL call EclipseLink makes (queries, native queries, writes) into {@link SqlStatementCount}. */
public class StatementCountingListener extends SessionEventAdapter {

  @Override
  public void preExecuteCall(SessionEvent event) {
    SqlStatementCount.increment();
  }
}
