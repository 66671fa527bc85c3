/** Reference data for the pages and the API. */
package org.grantwell.workflow.reference;
