/** The application's user store: people, their password hashes, organisations and roles. */
package org.grantwell.db.user;
