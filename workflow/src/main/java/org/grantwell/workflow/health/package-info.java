/** The application's health: database reachable, schema version, engine running. */
package org.grantwell.workflow.health;
