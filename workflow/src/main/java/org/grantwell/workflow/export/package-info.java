/**
 * Writes the exports: awards in open formats (360Giving JSON and CSV), and the ledger, the awards
 * and the Action 1 report as tables in CSV, XLSX and PDF, one record at a time.
 */
package org.grantwell.workflow.export;
