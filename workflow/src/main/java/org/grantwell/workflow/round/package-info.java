/** Funding rounds: opening them and keeping their application windows. */
package org.grantwell.workflow.round;
