/** A bid's history: its process steps and audit entries in one timeline, and its process diagram. */
package org.grantwell.workflow.history;
