/** Signing in and out, and who is signed in: the name, organisation, roles and menu of the layout. */
package org.grantwell.web.session;
