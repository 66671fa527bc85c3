package org.grantwell.db.allocation;

/** What a formula allocation shares a pot by: the force areas' population or a needs indicator. */
public enum AllocationBasis {
  POPULATION,
  NEEDS
}
