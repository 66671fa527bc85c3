/** The reports' reads: the facts of many awards at once, in a fixed number of queries. */
package org.grantwell.db.report;
