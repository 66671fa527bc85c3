/** The embedded Camunda engine: its start-up on the application's JTA data source. */
package org.grantwell.workflow.engine;
