package org.grantwell.workflow.variation;

import java.math.BigDecimal;

/**
 * A recipient's request to vary an award: {@code kind} REPROFILE (move {@code amount} from {@code
 * fromYear} to {@code toYear}, years written 2027-28), MOVE_CATEGORY ({@code amount} from {@code
 * fromCategory} to {@code toCategory}) or EXTEND (a later {@code newSpendBy}, ISO date), with a
 * {@code reason}.
 */
public record VariationRequest(
    Long bidId, String kind, String fromYear, String toYear, String fromCategory, String toCategory,
    BigDecimal amount, String newSpendBy, String reason) implements java.io.Serializable {}
