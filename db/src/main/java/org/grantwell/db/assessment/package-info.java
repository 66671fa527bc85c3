/** Assessors' scoring of bids against a round's criteria, and the weighted score it gives. */
package org.grantwell.db.assessment;
