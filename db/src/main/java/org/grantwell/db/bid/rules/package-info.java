/**
 * The one set of bid rules (size, caps, match funding, spending windows, completeness, files) that
 * the API, the pages and the workflow all call: plain records in, a list of violations out.
 */
package org.grantwell.db.bid.rules;
