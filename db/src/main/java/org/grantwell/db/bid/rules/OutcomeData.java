package org.grantwell.db.bid.rules;

import java.math.BigDecimal;

/** An outcome the bid promises: an indicator with its unit, baseline, target and evidence. */
public record OutcomeData(
    String indicator, String unit, BigDecimal baseline, BigDecimal target, String howMeasured) implements java.io.Serializable {}
