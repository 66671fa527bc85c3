/** The finance pages: the allocation ledger and its reconciliation. */
package org.grantwell.web.ledger;
