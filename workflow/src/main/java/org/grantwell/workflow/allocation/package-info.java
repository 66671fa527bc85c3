/** Formula funding: a national pot shared among the PCC offices when a formula round opens. */
package org.grantwell.workflow.allocation;
