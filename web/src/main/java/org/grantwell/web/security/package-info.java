/**
 * Authentication for the API (HTTP Basic, never the session) and the pages (form login with a
 * session), the database identity store, and the current {@link
 * org.grantwell.workflow.security.Caller}.
 */
package org.grantwell.web.security;
