/** The append-only, hash-chained audit record of changes to rounds, bids, awards and the ledger. */
package org.grantwell.db.audit;
