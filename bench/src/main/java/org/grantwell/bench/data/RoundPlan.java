package org.grantwell.bench.data;

import java.time.Instant;

/** A round's window process as the engine must replay it: opened, and (historic rounds) closed. */
record RoundPlan(long id, String reference, Instant configured, Instant closesAt, String officer, boolean open) {}
