/** Delegates of the {@code roundWindow} process. */
package org.grantwell.workflow.round.delegate;
