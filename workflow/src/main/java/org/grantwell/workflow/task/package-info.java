/** The workflow task inbox: listing, claiming, unclaiming and completing user tasks. */
package org.grantwell.workflow.task;
