/** The national data generator of the benchmark: a deterministic, scaled workload written straight into an empty database. */
package org.grantwell.bench.data;
