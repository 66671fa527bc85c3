/**
 * Finance views: match funding per bid with its firming-up after the award, spending windows and
 * underspend forecasts per award, and ledger balances by group; pure calculators and thin services.
 */
package org.grantwell.workflow.finance;
