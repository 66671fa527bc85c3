package org.grantwell.workflow.finance;

import org.grantwell.db.shared.Money;

/**
 * The ledger sums of one group. {@code remaining} = pot − committed, given only when grouping by
 * round, programme or funder (a pot belongs to no organisation, force area or year, so it sits in
 * the group with a null key there and remaining is null); {@code outstanding} = committed − paid
 * (what is committed and not yet paid; clawbacks are shown apart).
 *
 * @param key the round reference, programme code, organisation id, force area code or financial
 *     year's start year; null for entries outside every group of the kind
 * @param label the group's name in words
 */
public record BalanceView(
    String by,
    String key,
    String label,
    Money pot,
    Money committed,
    Money paid,
    Money clawedBack,
    Money remaining,
    Money outstanding) implements java.io.Serializable {}
