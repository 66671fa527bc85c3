/** Drafting bids: the application service the API, the pages and the workflow share. */
package org.grantwell.workflow.bid;
