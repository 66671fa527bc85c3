/**
 * Computes the APCC Action 1 figures from plain facts, each figure with the references of the
 * records it was computed from; pure code, no database and no CDI.
 */
package org.grantwell.workflow.report;
