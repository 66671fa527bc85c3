/** The demo data loaded on first start of a demo server. */
package org.grantwell.workflow.demo;
