/** Variations of awards in delivery: requested by the recipient, decided in the bid's process. */
package org.grantwell.workflow.variation;
