/** Diagnostics for the benchmark: statement counts per request, off unless the server is started for it. */
package org.grantwell.web.diagnostics;
