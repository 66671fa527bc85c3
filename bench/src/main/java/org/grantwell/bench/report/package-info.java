/** What the bench measured: latency samples and percentiles, the small JSON files each phase leaves in target/bench/, and results.md made from them. */
package org.grantwell.bench.report;
