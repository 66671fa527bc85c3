/** Writes awards out in open formats (360Giving JSON and CSV), one record at a time. */
package org.grantwell.workflow.export;
