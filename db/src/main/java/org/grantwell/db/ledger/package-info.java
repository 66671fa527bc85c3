/**
 * The append-only allocation ledger: immutable entries for every movement of a round's money, and
 * the balance rows (a cache of their sums) whose CHECKs hold the pot and award invariants.
 */
package org.grantwell.db.ledger;
