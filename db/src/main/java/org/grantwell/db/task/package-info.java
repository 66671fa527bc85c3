/** The task lists: the workflow engine's open tasks joined with the bids they concern, paged and filtered in SQL. */
package org.grantwell.db.task;
