package org.grantwell.db.organisation;

/** What kind of body an organisation is; rounds say which kinds may lead a bid. */
public enum OrganisationType {
  PCC_OFFICE,
  FUNDER,
  LOCAL_AUTHORITY,
  BRITISH_TRANSPORT_POLICE,
  PROVIDER
}
