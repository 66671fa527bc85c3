package org.grantwell.db.delivery;

/** What a variation changes: money between financial years, between cost categories, or the end date. */
public enum VariationKind {
  REPROFILE,
  MOVE_CATEGORY,
  EXTEND
}
