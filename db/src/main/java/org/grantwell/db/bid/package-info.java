/** Bids: what a bidder writes, its budget, match funding and outcomes. */
package org.grantwell.db.bid;
