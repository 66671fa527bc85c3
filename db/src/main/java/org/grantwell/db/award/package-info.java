/** The award of a bid: moderation, the funding decision, the offer, its acceptance and closure. */
package org.grantwell.db.award;
