/** The task inbox and the task pages (sign-off, scoring, moderation, decision, returns, variations). */
package org.grantwell.web.task;
