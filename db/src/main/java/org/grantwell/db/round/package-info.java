/** Funding rounds: pots, application windows and spending windows. */
package org.grantwell.db.round;
