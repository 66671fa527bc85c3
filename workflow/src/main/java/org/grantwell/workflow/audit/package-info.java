/** The audit record of every change, written in the transaction of the change. */
package org.grantwell.workflow.audit;
