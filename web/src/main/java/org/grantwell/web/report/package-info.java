/** The Action 1 dashboard of the APCC VAWG Action Plan: filters, figures, charts and their records. */
package org.grantwell.web.report;
