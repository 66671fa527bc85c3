/** Helpers shared by the BPMN path tests. */
package org.grantwell.workflow.testing;
