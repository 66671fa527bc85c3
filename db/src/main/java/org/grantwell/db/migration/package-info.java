/** The schema migrations (Flyway) that run before anything reads the database. */
package org.grantwell.db.migration;
