/** The bare-engine baseline: the application's Safer Streets BPMN on a plain Camunda engine in the bench JVM, no application server, with no-op delegates. */
package org.grantwell.bench.baseline;
