/** What every application service shares: its exceptions and paging. */
package org.grantwell.workflow.shared;
