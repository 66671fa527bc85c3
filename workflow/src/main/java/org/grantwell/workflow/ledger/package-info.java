/** Moves a round's money through the append-only ledger, in the caller's transaction. */
package org.grantwell.workflow.ledger;
