/** Organisations: PCC offices, funders, local authorities, British Transport Police and providers. */
package org.grantwell.db.organisation;
