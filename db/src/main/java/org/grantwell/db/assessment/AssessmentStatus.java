package org.grantwell.db.assessment;

/** Where an assessment stands: open to score, refused for a conflict of interest, or scored. */
public enum AssessmentStatus {
  OPEN,
  CONFLICTED,
  SUBMITTED
}
