/** Who is acting: the {@link Caller} that services and delegates check. */
package org.grantwell.workflow.security;
