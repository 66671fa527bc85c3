/**
 * The bid lifecycles on the engine: starting a bid's process, the status each step gives the bid,
 * who may act on each task, and the forms that complete them with their domain writes.
 */
package org.grantwell.workflow.lifecycle;
