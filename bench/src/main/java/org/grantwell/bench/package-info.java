/** The benchmark of issue 8: data generator, load driver and bare-engine baseline, run by {@code ./grantwell bench}. */
package org.grantwell.bench;
