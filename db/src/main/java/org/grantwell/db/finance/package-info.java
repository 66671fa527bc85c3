/**
 * Match funding's firming-up after an award (immutable status changes) and the finance read models:
 * match contributions, award spend and ledger balances, each read in a few SQL queries.
 */
package org.grantwell.db.finance;
